CREATE SCHEMA audit;
CREATE TABLE audit.log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tag text NOT NULL);
CREATE FUNCTION audit.record() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit.log (tag) VALUES (tg_tag);
END $$;
-- fires on every DDL statement: the plan creates it after the table and the function, so that
-- it records none of its own statements
CREATE EVENT TRIGGER record_ddl ON ddl_command_end EXECUTE FUNCTION audit.record();
CREATE EVENT TRIGGER record_drops ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP VIEW')
  EXECUTE FUNCTION audit.record();
ALTER EVENT TRIGGER record_drops DISABLE;
COMMENT ON EVENT TRIGGER record_ddl IS 'every DDL statement';
