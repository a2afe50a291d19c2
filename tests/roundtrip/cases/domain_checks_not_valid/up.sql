-- schemac migration: up
-- 2 steps; hazards: validates-constraint

-- ~ domain public.code: alter domain: drop check code_ascii, drop check code_length, add check code_ascii not valid, add check code_length not valid, validate check code_upper [validates-constraint]
ALTER DOMAIN public.code DROP CONSTRAINT code_ascii;
ALTER DOMAIN public.code DROP CONSTRAINT code_length;
ALTER DOMAIN public.code ADD CONSTRAINT code_ascii CHECK ((VALUE ~ '^[A-Z]*$'::text)) NOT VALID;
ALTER DOMAIN public.code ADD CONSTRAINT code_length CHECK ((length(VALUE) < 10)) NOT VALID;
ALTER DOMAIN public.code VALIDATE CONSTRAINT code_upper;

-- + domain public."Positive": create domain
CREATE DOMAIN public."Positive" AS integer
    CONSTRAINT "Not zero" CHECK ((VALUE <> 0));
ALTER DOMAIN public."Positive" ADD CONSTRAINT "Above zero" CHECK ((VALUE > 0)) NOT VALID;
