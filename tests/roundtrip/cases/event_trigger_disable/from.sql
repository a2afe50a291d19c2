CREATE FUNCTION no_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'nothing is dropped here';
END $$;
CREATE EVENT TRIGGER no_drops ON sql_drop EXECUTE FUNCTION no_drops();
COMMENT ON EVENT TRIGGER no_drops IS 'guards drops';
CREATE TABLE kept (id int);
