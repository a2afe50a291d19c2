-- schemac migration: down
-- 10 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, validates-constraint

-- - table public.events: drop check constraint events_kind_check to add it again [access-exclusive-lock]
ALTER TABLE public.events DROP CONSTRAINT events_kind_check;

-- - table public.events: drop column source [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events DROP COLUMN source;

-- - table public.logins: drop column ip [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.logins DROP COLUMN ip;

-- ~ table public.events: alter column at: set default now() [access-exclusive-lock]
ALTER TABLE ONLY public.events ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.events ALTER COLUMN at SET DEFAULT now();

-- ~ table public.events: alter column kind: type character varying(40) -> text [access-exclusive-lock]
ALTER TABLE public.events ALTER COLUMN kind TYPE text;

-- ~ table public.logins: alter column at: set default now() [access-exclusive-lock]
ALTER TABLE ONLY public.logins ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.logins ALTER COLUMN at SET DEFAULT now();

-- ~ table public.payments: alter column at: set default now() [access-exclusive-lock]
ALTER TABLE ONLY public.payments ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.payments ALTER COLUMN at SET DEFAULT now();

-- ~ table public.payments: alter column kind: set default 'payment'::text [access-exclusive-lock]
ALTER TABLE ONLY public.payments ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE ONLY public.payments ALTER COLUMN kind SET DEFAULT 'payment'::text;

-- ~ table public.tagged_logins: alter column at: set default now() [access-exclusive-lock]
ALTER TABLE ONLY public.tagged_logins ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.tagged_logins ALTER COLUMN at SET DEFAULT now();

-- + table public.events: add again check constraint events_kind_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.events ADD CONSTRAINT events_kind_check CHECK ((kind <> ''::text));
