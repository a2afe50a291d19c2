-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.products: alter column code: collation pg_catalog."C" -> pg_catalog."POSIX" [access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN code TYPE text COLLATE pg_catalog."POSIX";

-- ~ table public.products: alter column label: collation pg_catalog."POSIX" -> default [access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN label TYPE character varying(40);
