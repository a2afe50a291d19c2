CREATE FUNCTION public.twice(x integer) RETURNS integer LANGUAGE sql
    IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF COST 5
    SET search_path = pg_catalog
    AS 'SELECT x * 2';
