-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- + enum type public.ticket_priority: create enum type
CREATE TYPE public.ticket_priority AS ENUM ('low', 'normal', 'high');

-- + table public.tickets: add column priority public.ticket_priority DEFAULT 'normal'::public.ticket_priority NOT NULL [access-exclusive-lock]
ALTER TABLE public.tickets ADD COLUMN priority public.ticket_priority DEFAULT 'normal'::public.ticket_priority NOT NULL;
