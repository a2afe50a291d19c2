-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - view public.pet_owners: drop view
DROP VIEW public.pet_owners;

-- - table public.pets: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.pets;
