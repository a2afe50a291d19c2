-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - table public.countries: drop primary key countries_pkey [access-exclusive-lock]
ALTER TABLE public.countries DROP CONSTRAINT countries_pkey;

-- ~ table public.countries: alter column code: drop not null [access-exclusive-lock]
ALTER TABLE public.countries ALTER COLUMN code DROP NOT NULL;
