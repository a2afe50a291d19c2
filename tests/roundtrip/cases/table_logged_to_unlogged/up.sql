-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.sessions: set unlogged [table-rewrite, access-exclusive-lock]
ALTER TABLE public.sessions SET UNLOGGED;
