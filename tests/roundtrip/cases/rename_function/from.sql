CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'c' || floor(random() * 10)::text $$;
CREATE PROCEDURE tidy(days integer) LANGUAGE sql AS $$ SELECT days $$;
CREATE TABLE t (code text DEFAULT next_code());
