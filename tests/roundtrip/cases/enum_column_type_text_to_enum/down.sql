-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.tickets: alter column state: type public.ticket_state -> text, set default 'open'::text [table-rewrite, access-exclusive-lock]
ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.tickets ALTER COLUMN state TYPE text;
ALTER TABLE ONLY public.tickets ALTER COLUMN state SET DEFAULT 'open'::text;

-- - enum type public.ticket_state: drop enum type
DROP TYPE public.ticket_state;
