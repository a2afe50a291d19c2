-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.people: alter column name: type character varying(20) -> character varying(50) [access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN name TYPE character varying(50);
