-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.events: set access method heap [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events SET ACCESS METHOD heap;

-- ~ materialized view public.event_kinds: alter materialized view: set access method heap [table-rewrite, access-exclusive-lock]
ALTER MATERIALIZED VIEW public.event_kinds SET ACCESS METHOD heap;
