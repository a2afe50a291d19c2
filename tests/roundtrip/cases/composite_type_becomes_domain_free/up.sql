-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.boxes: drop column size [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.boxes DROP COLUMN size;

-- - composite type public.dims: drop composite type
DROP TYPE public.dims;

-- + table public.boxes: add column h integer [access-exclusive-lock]
ALTER TABLE public.boxes ADD COLUMN h integer;

-- + table public.boxes: add column w integer [access-exclusive-lock]
ALTER TABLE public.boxes ADD COLUMN w integer;
