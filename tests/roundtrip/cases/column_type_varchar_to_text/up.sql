-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.people: alter column email: type character varying(100) -> text [access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN email TYPE text;
