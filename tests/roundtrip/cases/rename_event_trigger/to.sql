CREATE FUNCTION note() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
-- schemac:renamed-from note
CREATE EVENT TRIGGER note_ddl ON ddl_command_start EXECUTE FUNCTION note();
