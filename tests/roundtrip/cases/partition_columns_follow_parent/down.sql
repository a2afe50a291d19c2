-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events: drop column payload [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events DROP COLUMN payload;

-- ~ table public.events: alter column kind: type character varying(20) -> text, set default 'note'::text [access-exclusive-lock]
ALTER TABLE public.events ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN kind TYPE text;
ALTER TABLE ONLY public.events ALTER COLUMN kind SET DEFAULT 'note'::text;
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind SET DEFAULT 'note'::text;
ALTER TABLE ONLY public.events_2025 ALTER COLUMN kind SET DEFAULT 'note'::text;

-- ~ table public.events_2024: alter column kind: set default 'note'::text [access-exclusive-lock]
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind SET DEFAULT 'note'::text;

-- ~ table public.events_2025: alter column kind: set default 'note'::text [access-exclusive-lock]
ALTER TABLE ONLY public.events_2025 ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE ONLY public.events_2025 ALTER COLUMN kind SET DEFAULT 'note'::text;
