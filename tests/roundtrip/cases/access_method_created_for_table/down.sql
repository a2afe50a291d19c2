-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, table-rewrite

-- - materialized view public.event_names: drop materialized view to create it again [deletes-data]
DROP MATERIALIZED VIEW public.event_names;

-- ~ table public.events: set access method heap [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events SET ACCESS METHOD heap;

-- - access method heap2: drop access method
DROP ACCESS METHOD heap2;

-- + materialized view public.event_names: create materialized view again
CREATE MATERIALIZED VIEW public.event_names (name) AS
SELECT events.name
   FROM public.events
  WITH DATA;
