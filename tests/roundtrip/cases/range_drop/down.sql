-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- + range type public.intspan: create range type
CREATE TYPE public.intspan AS RANGE (
    SUBTYPE = integer,
    MULTIRANGE_TYPE_NAME = public.intspan_multirange
);

-- + table public.t: add column span public.intspan [access-exclusive-lock]
ALTER TABLE public.t ADD COLUMN span public.intspan;

-- + table public.t: add column spans public.intspan_multirange [access-exclusive-lock]
ALTER TABLE public.t ADD COLUMN spans public.intspan_multirange;
