-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.addresses: alter column city: type character varying(100) -> text [access-exclusive-lock]
ALTER TABLE public.addresses ALTER COLUMN city TYPE text;
