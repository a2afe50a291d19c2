-- schemac migration: up
-- 4 steps; hazards: validates-constraint

-- ~ domain public.code: alter domain: drop checks while a function they call changes
ALTER DOMAIN public.code DROP CONSTRAINT code_not_xxx;
ALTER DOMAIN public.code DROP CONSTRAINT code_shape;

-- - function public.is_code(text): drop function to create it again
DROP FUNCTION public.is_code(text);

-- + function public.is_code(text): create function again
CREATE OR REPLACE FUNCTION public.is_code(candidate text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (candidate ~ '^[A-Z]{3}$'::text);

-- ~ domain public.code: alter domain: add check code_not_xxx, add check code_shape [validates-constraint]
ALTER DOMAIN public.code ADD CONSTRAINT code_not_xxx CHECK ((VALUE <> 'XXX'::text));
ALTER DOMAIN public.code ADD CONSTRAINT code_shape CHECK (public.is_code(VALUE));
