-- schemac migration: down
-- 3 steps; hazards: untracked-dependencies

-- + function audit.record(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION audit.record()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO audit.log (tag) VALUES (tg_tag);
END $function$;

-- + event trigger record_ddl: create event trigger
CREATE EVENT TRIGGER record_ddl ON ddl_command_end EXECUTE FUNCTION audit.record();
COMMENT ON EVENT TRIGGER record_ddl IS 'every DDL statement';

-- + event trigger record_drops: create event trigger
CREATE EVENT TRIGGER record_drops ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP VIEW') EXECUTE FUNCTION audit.record();
ALTER EVENT TRIGGER record_drops DISABLE;
