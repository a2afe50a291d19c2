-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.notes_2024: alter column body: drop not null, drop default [access-exclusive-lock]
ALTER TABLE ONLY public.notes_2024 ALTER COLUMN body DROP DEFAULT;
ALTER TABLE public.notes_2024 ALTER COLUMN body DROP NOT NULL;
