CREATE FUNCTION public.next_n(a integer) RETURNS integer LANGUAGE sql RETURN a + 1;
CREATE PROCEDURE public.tidy(days integer) LANGUAGE sql BEGIN ATOMIC SELECT days; END;
