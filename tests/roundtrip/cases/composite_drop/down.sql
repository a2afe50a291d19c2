-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- + composite type public.range_pair: create composite type
CREATE TYPE public.range_pair AS (
    low integer,
    high integer
);

-- + table public.t: add column r public.range_pair [access-exclusive-lock]
ALTER TABLE public.t ADD COLUMN r public.range_pair;
