-- schemac migration: up
-- 2 steps; hazards: validates-constraint

-- ~ domain public.code: alter domain: drop check code_length, add check code_length, change comments on checks [validates-constraint]
ALTER DOMAIN public.code DROP CONSTRAINT code_length;
ALTER DOMAIN public.code ADD CONSTRAINT code_length CHECK ((length(VALUE) < 12));
COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS 'short enough';
COMMENT ON CONSTRAINT code_upper ON DOMAIN public.code IS NULL;

-- + domain public."Positive": create domain
CREATE DOMAIN public."Positive" AS integer
    CONSTRAINT "Above zero" CHECK ((VALUE > 0));
COMMENT ON CONSTRAINT "Above zero" ON DOMAIN public."Positive" IS 'no zero';
