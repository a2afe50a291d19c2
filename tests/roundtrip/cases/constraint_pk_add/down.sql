-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- - table public.countries: drop primary key countries_pkey [access-exclusive-lock]
ALTER TABLE public.countries DROP CONSTRAINT countries_pkey;
