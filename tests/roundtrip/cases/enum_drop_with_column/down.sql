-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, index-build

-- + enum type public.ticket_priority: create enum type
CREATE TYPE public.ticket_priority AS ENUM ('low', 'normal', 'high');

-- + table public.tickets: add column priority public.ticket_priority DEFAULT 'normal'::public.ticket_priority NOT NULL [access-exclusive-lock]
ALTER TABLE public.tickets ADD COLUMN priority public.ticket_priority DEFAULT 'normal'::public.ticket_priority NOT NULL;

-- + index public.tickets_priority_idx: create index [index-build]
CREATE INDEX tickets_priority_idx ON public.tickets USING btree (priority);
