-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.events: alter column counter: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN counter TYPE integer;
ALTER TABLE ONLY public.events ALTER COLUMN counter SET DEFAULT 0;
