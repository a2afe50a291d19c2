-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.people: alter column history: type public.mood[] -> public.feeling[] [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN history TYPE public.feeling[] USING history::text[]::public.feeling[];

-- ~ table public.people: alter column mood: type public.mood -> public.feeling, set default 'ok'::public.feeling [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN mood DROP DEFAULT;
ALTER TABLE public.people ALTER COLUMN mood TYPE public.feeling USING mood::text::public.feeling;
ALTER TABLE ONLY public.people ALTER COLUMN mood SET DEFAULT 'ok'::public.feeling;
