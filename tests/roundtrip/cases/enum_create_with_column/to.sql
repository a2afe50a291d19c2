CREATE TYPE public.ticket_priority AS ENUM ('low', 'normal', 'high');

CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority public.ticket_priority NOT NULL DEFAULT 'normal'
);
