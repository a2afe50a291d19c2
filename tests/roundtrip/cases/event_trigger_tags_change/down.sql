-- schemac migration: down
-- 3 steps; no hazards

-- - event trigger no_drops: drop event trigger to create it again
DROP EVENT TRIGGER no_drops;

-- + table public.gone: create table (1 column, 0 constraints)
CREATE TABLE public.gone (
    id integer
);

-- + event trigger no_drops: create event trigger again
CREATE EVENT TRIGGER no_drops ON sql_drop WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION public.no_drops();
