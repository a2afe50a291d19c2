-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - event trigger no_drops: drop event trigger to create it again
DROP EVENT TRIGGER no_drops;

-- - table public.gone: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.gone;

-- + event trigger no_drops: create event trigger again
CREATE EVENT TRIGGER no_drops ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP SCHEMA') EXECUTE FUNCTION public.no_drops();
