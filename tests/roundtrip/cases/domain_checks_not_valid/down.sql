-- schemac migration: down
-- 2 steps; hazards: validates-constraint

-- - domain public."Positive": drop domain
DROP DOMAIN public."Positive";

-- ~ domain public.code: alter domain: drop check code_ascii, drop check code_upper, add check code_ascii not valid, validate check code_length, add check code_upper not valid [validates-constraint]
ALTER DOMAIN public.code DROP CONSTRAINT code_ascii;
ALTER DOMAIN public.code DROP CONSTRAINT code_upper;
ALTER DOMAIN public.code ADD CONSTRAINT code_ascii CHECK ((VALUE ~ '^[A-Z0-9]*$'::text)) NOT VALID;
ALTER DOMAIN public.code VALIDATE CONSTRAINT code_length;
ALTER DOMAIN public.code ADD CONSTRAINT code_upper CHECK ((VALUE = upper(VALUE))) NOT VALID;
