-- schemac migration: down
-- 2 steps; hazards: validates-constraint

-- - domain public."Positive": drop domain
DROP DOMAIN public."Positive";

-- ~ domain public.code: alter domain: drop check code_length, add check code_length, change comments on checks [validates-constraint]
ALTER DOMAIN public.code DROP CONSTRAINT code_length;
ALTER DOMAIN public.code ADD CONSTRAINT code_length CHECK ((length(VALUE) < 10));
COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS 'short';
COMMENT ON CONSTRAINT code_upper ON DOMAIN public.code IS 'shouting';
