-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.events: set access method heap2 [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events SET ACCESS METHOD heap2;

-- ~ materialized view public.event_kinds: alter materialized view: set access method heap2 [table-rewrite, access-exclusive-lock]
ALTER MATERIALIZED VIEW public.event_kinds SET ACCESS METHOD heap2;
