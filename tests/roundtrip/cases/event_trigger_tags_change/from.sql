CREATE FUNCTION no_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'nothing is dropped here';
END $$;
CREATE EVENT TRIGGER no_drops ON sql_drop WHEN TAG IN ('DROP TABLE')
  EXECUTE FUNCTION no_drops();
-- the plan drops this table: the event trigger that forbids it goes first
CREATE TABLE gone (id int);
