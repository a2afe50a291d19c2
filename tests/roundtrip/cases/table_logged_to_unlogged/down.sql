-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.sessions: set logged [table-rewrite, access-exclusive-lock]
ALTER TABLE public.sessions SET LOGGED;
