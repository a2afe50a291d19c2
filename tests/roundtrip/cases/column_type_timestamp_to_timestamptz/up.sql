-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.events: alter column happened_at: type timestamp without time zone -> timestamp with time zone [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events ALTER COLUMN happened_at DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN happened_at TYPE timestamp with time zone;
ALTER TABLE ONLY public.events ALTER COLUMN happened_at SET DEFAULT now();
