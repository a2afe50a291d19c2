-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.slots: drop exclusion constraint slots_spare_excl [access-exclusive-lock]
ALTER TABLE public.slots DROP CONSTRAINT slots_spare_excl;

-- - table public.slots: drop column spare [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.slots DROP COLUMN spare;
