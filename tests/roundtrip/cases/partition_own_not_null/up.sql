-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, validates-constraint

-- ~ table public.notes_2024: alter column body: set not null, set default ''::text [access-exclusive-lock, validates-constraint]
ALTER TABLE public.notes_2024 ALTER COLUMN body SET NOT NULL;
ALTER TABLE ONLY public.notes_2024 ALTER COLUMN body SET DEFAULT ''::text;
