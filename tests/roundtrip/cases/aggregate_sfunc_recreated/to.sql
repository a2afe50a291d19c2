-- The transition function's argument names change: it is dropped and created again, and the
-- aggregate made of it with it.
CREATE FUNCTION public.longer(best text, candidate text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    RETURN CASE WHEN length(candidate) > length(best) THEN candidate ELSE best END;
CREATE AGGREGATE public.longest (text) (SFUNC = public.longer, STYPE = text);
