-- The event trigger goes before the rename, which it would refuse.
CREATE FUNCTION no_alter() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_tag = 'ALTER TABLE' THEN
    RAISE EXCEPTION 'no ALTER TABLE here';
  END IF;
END $$;

-- schemac:renamed-from visits
CREATE TABLE page_visits (id integer PRIMARY KEY);
