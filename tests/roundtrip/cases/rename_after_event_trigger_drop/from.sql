CREATE FUNCTION no_alter() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_tag = 'ALTER TABLE' THEN
    RAISE EXCEPTION 'no ALTER TABLE here';
  END IF;
END $$;
CREATE EVENT TRIGGER no_alter ON ddl_command_start EXECUTE FUNCTION no_alter();

CREATE TABLE visits (id integer PRIMARY KEY);
