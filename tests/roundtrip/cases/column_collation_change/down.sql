-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.products: alter column code: collation pg_catalog."POSIX" -> pg_catalog."C" [access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN code TYPE text COLLATE pg_catalog."C";

-- ~ table public.products: alter column label: collation default -> pg_catalog."POSIX" [access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN label TYPE character varying(40) COLLATE pg_catalog."POSIX";
