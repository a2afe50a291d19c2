-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - index public."data_priçe_idx": drop index [access-exclusive-lock]
DROP INDEX public."data_priçe_idx";

-- - table public.data: drop check constraint "data_priçe_check" [access-exclusive-lock]
ALTER TABLE public.data DROP CONSTRAINT "data_priçe_check";

-- - table public.data: drop column code [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.data DROP COLUMN code;

-- - table public.data: drop column "priçe" [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.data DROP COLUMN "priçe";

-- ~ table public.data: remove comment
COMMENT ON TABLE public.data IS NULL;

-- ~ table public.data: alter column label: drop default, remove comment [access-exclusive-lock]
ALTER TABLE ONLY public.data ALTER COLUMN label DROP DEFAULT;
COMMENT ON COLUMN public.data.label IS NULL;
