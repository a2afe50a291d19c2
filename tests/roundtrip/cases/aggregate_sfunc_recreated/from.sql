CREATE FUNCTION public.longer(a text, b text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    RETURN CASE WHEN length(b) > length(a) THEN b ELSE a END;
CREATE AGGREGATE public.longest (text) (SFUNC = public.longer, STYPE = text);
