-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.events: alter column counter: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN counter TYPE bigint;
ALTER TABLE ONLY public.events ALTER COLUMN counter SET DEFAULT 0;
