-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- + function public.is_code(text): create function
CREATE OR REPLACE FUNCTION public.is_code(value text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (value ~ '^[A-Z]{3}$'::text);

-- + domain public.code: create domain
CREATE DOMAIN public.code AS text
    CONSTRAINT code_check CHECK (public.is_code(VALUE));

-- + table public.codes: add column code public.code NOT NULL [access-exclusive-lock]
ALTER TABLE public.codes ADD COLUMN code public.code NOT NULL;
