-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.people: alter column history: type public.feeling[] -> public.mood[] [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN history TYPE public.mood[] USING history::text[]::public.mood[];

-- ~ table public.people: alter column mood: type public.feeling -> public.mood, set default 'ok'::public.mood [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN mood DROP DEFAULT;
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
ALTER TABLE ONLY public.people ALTER COLUMN mood SET DEFAULT 'ok'::public.mood;
