CREATE FUNCTION no_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'nothing is dropped here';
END $$;
CREATE EVENT TRIGGER no_drops ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP SCHEMA')
  EXECUTE FUNCTION no_drops();
