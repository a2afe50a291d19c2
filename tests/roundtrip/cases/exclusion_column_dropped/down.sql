-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- + table public.slots: add column spare int4range [access-exclusive-lock]
ALTER TABLE public.slots ADD COLUMN spare int4range;

-- + table public.slots: add exclusion constraint slots_spare_excl [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.slots ADD CONSTRAINT slots_spare_excl EXCLUDE USING gist (spare WITH &&);
