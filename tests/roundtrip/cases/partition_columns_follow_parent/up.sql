-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.events: alter column kind: type text -> character varying(20), set default 'event'::character varying [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN kind TYPE character varying(20);
ALTER TABLE ONLY public.events ALTER COLUMN kind SET DEFAULT 'event'::character varying;
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind SET DEFAULT 'event'::character varying;
ALTER TABLE ONLY public.events_2025 ALTER COLUMN kind SET DEFAULT 'event'::character varying;

-- ~ table public.events_2024: alter column kind: set default 'event'::character varying [access-exclusive-lock]
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind SET DEFAULT 'event'::character varying;

-- ~ table public.events_2025: alter column kind: set default 'event'::character varying [access-exclusive-lock]
ALTER TABLE ONLY public.events_2025 ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE ONLY public.events_2025 ALTER COLUMN kind SET DEFAULT 'event'::character varying;

-- + table public.events: add column payload jsonb [access-exclusive-lock]
ALTER TABLE public.events ADD COLUMN payload jsonb;

-- ~ table public.events_2025: alter column payload: set comment
COMMENT ON COLUMN public.events_2025.payload IS 'filled from 2025 on';
