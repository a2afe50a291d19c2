-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.events: alter column happened_at: type timestamp with time zone -> timestamp without time zone [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events ALTER COLUMN happened_at DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN happened_at TYPE timestamp without time zone;
ALTER TABLE ONLY public.events ALTER COLUMN happened_at SET DEFAULT now();
