CREATE TYPE public.ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');

CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    title text NOT NULL
);
