-- schemac migration: up
-- 10 steps; hazards: access-exclusive-lock, irreversible-down, table-rewrite, validates-constraint

-- - table public.events: drop check constraint events_kind_check to add it again [access-exclusive-lock]
ALTER TABLE public.events DROP CONSTRAINT events_kind_check;

-- ~ table public.events: alter column at: set default clock_timestamp() [access-exclusive-lock]
ALTER TABLE ONLY public.events ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.events ALTER COLUMN at SET DEFAULT clock_timestamp();

-- ~ table public.events: alter column kind: type text -> character varying(40) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events ALTER COLUMN kind TYPE character varying(40);

-- ~ table public.logins: alter column at: set default clock_timestamp() [access-exclusive-lock]
ALTER TABLE ONLY public.logins ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.logins ALTER COLUMN at SET DEFAULT clock_timestamp();

-- ~ table public.payments: alter column at: set default clock_timestamp() [access-exclusive-lock]
ALTER TABLE ONLY public.payments ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.payments ALTER COLUMN at SET DEFAULT clock_timestamp();

-- ~ table public.payments: alter column kind: set default 'payment'::character varying [access-exclusive-lock]
ALTER TABLE ONLY public.payments ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE ONLY public.payments ALTER COLUMN kind SET DEFAULT 'payment'::character varying;

-- ~ table public.tagged_logins: alter column at: set default clock_timestamp() [access-exclusive-lock]
ALTER TABLE ONLY public.tagged_logins ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.tagged_logins ALTER COLUMN at SET DEFAULT clock_timestamp();

-- + table public.events: add column source text [access-exclusive-lock]
ALTER TABLE public.events ADD COLUMN source text;

-- + table public.logins: add column ip inet [access-exclusive-lock]
ALTER TABLE public.logins ADD COLUMN ip inet;

-- + table public.events: add again check constraint events_kind_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.events ADD CONSTRAINT events_kind_check CHECK (((kind)::text <> ''::text));
