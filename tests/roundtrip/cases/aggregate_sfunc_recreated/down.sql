-- schemac migration: down
-- 4 steps; no hazards

-- - aggregate public.longest(text): drop aggregate to create it again
DROP AGGREGATE public.longest(text);

-- - function public.longer(text, text): drop function to create it again
DROP FUNCTION public.longer(text, text);

-- + function public.longer(text, text): create function again
CREATE OR REPLACE FUNCTION public.longer(a text, b text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN CASE WHEN (length(b) > length(a)) THEN b ELSE a END;

-- + aggregate public.longest(text): create aggregate again
CREATE OR REPLACE AGGREGATE public.longest(text) (
    SFUNC = public.longer,
    STYPE = text
);
