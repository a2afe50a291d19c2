-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.events_2024: alter column kind: set default 'old'::text [access-exclusive-lock]
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind SET DEFAULT 'old'::text;
