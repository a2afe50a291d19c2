-- Functions and procedures with SQL-standard bodies are renamed alone: the body stays.
-- schemac:renamed-from next_n
CREATE FUNCTION public.following(a integer) RETURNS integer LANGUAGE sql RETURN a + 1;
-- schemac:renamed-from tidy
CREATE PROCEDURE public.clean_up(days integer) LANGUAGE sql BEGIN ATOMIC SELECT days; END;
