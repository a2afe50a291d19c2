-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.products: alter column code: collation default -> pg_catalog."C" [access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN code TYPE text COLLATE pg_catalog."C";
