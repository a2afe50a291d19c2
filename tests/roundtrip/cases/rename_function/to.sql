-- schemac:renamed-from next_code
CREATE FUNCTION new_code() RETURNS text LANGUAGE sql AS $$ SELECT 'c' || floor(random() * 10)::text $$;
-- schemac:renamed-from tidy
CREATE PROCEDURE clean_up(days integer) LANGUAGE sql AS $$ SELECT days $$;
CREATE TABLE t (code text DEFAULT new_code());
