-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, table-rewrite

-- + access method heap2: create access method
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;

-- ~ table public.events: set access method heap2 [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events SET ACCESS METHOD heap2;

-- ~ materialized view public.event_names: alter materialized view: set access method heap2 [table-rewrite, access-exclusive-lock]
ALTER MATERIALIZED VIEW public.event_names SET ACCESS METHOD heap2;
