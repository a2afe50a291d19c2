-- schemac migration: up
-- 4 steps; no hazards

-- - aggregate public.longest(text): drop aggregate to create it again
DROP AGGREGATE public.longest(text);

-- - function public.longer(text, text): drop function to create it again
DROP FUNCTION public.longer(text, text);

-- + function public.longer(text, text): create function again
CREATE OR REPLACE FUNCTION public.longer(best text, candidate text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN CASE WHEN (length(candidate) > length(best)) THEN candidate ELSE best END;

-- + aggregate public.longest(text): create aggregate again
CREATE OR REPLACE AGGREGATE public.longest(text) (
    SFUNC = public.longer,
    STYPE = text
);
