CREATE FUNCTION no_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'nothing is dropped here';
END $$;
-- disabled before the plan drops the table (and, down, enabled again after it drops "added")
CREATE EVENT TRIGGER no_drops ON sql_drop EXECUTE FUNCTION no_drops();
ALTER EVENT TRIGGER no_drops DISABLE;
CREATE TABLE added (id int, note text);
