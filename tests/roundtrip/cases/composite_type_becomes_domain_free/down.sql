-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.boxes: drop column h [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.boxes DROP COLUMN h;

-- - table public.boxes: drop column w [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.boxes DROP COLUMN w;

-- + composite type public.dims: create composite type
CREATE TYPE public.dims AS (
    w integer,
    h integer
);
COMMENT ON COLUMN public.dims.w IS 'width';

-- + table public.boxes: add column size public.dims [access-exclusive-lock]
ALTER TABLE public.boxes ADD COLUMN size public.dims;
