-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- + enum type public.ticket_state: create enum type
CREATE TYPE public.ticket_state AS ENUM ('open', 'closed');

-- ~ table public.tickets: alter column state: type text -> public.ticket_state, set default 'open'::public.ticket_state [table-rewrite, access-exclusive-lock]
ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.tickets ALTER COLUMN state TYPE public.ticket_state USING state::public.ticket_state;
ALTER TABLE ONLY public.tickets ALTER COLUMN state SET DEFAULT 'open'::public.ticket_state;
