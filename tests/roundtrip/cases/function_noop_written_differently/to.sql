SET search_path = public;
CREATE OR REPLACE FUNCTION f(a integer, b character varying DEFAULT 'x')
  RETURNS integer
  IMMUTABLE
  LANGUAGE sql
  AS $$select a$$;
