CREATE FUNCTION public.twice(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x * 2';
