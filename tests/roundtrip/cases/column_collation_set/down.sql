-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.products: alter column code: collation pg_catalog."C" -> default [access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN code TYPE text;
