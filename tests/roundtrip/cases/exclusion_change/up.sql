-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, index-build, table-rewrite, validates-constraint

-- - table public.rooms: drop exclusion constraint rooms_code_excl [access-exclusive-lock]
ALTER TABLE public.rooms DROP CONSTRAINT rooms_code_excl;

-- - table public.shifts: drop exclusion constraint one_shift to add it again [access-exclusive-lock]
ALTER TABLE public.shifts DROP CONSTRAINT one_shift;

-- ~ table public.shifts: alter column person: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.shifts ALTER COLUMN person TYPE bigint;

-- + table public.shifts: add again exclusion constraint one_shift [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.shifts ADD CONSTRAINT one_shift EXCLUDE USING gist (person WITH =, during WITH &&) WHERE ((NOT isempty(during)));
