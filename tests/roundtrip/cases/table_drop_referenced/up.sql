-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.stores: drop foreign key stores_region_code_fkey [access-exclusive-lock]
ALTER TABLE public.stores DROP CONSTRAINT stores_region_code_fkey;

-- - table public.stores: drop column region_code [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.stores DROP COLUMN region_code;

-- - table public.regions: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.regions;
