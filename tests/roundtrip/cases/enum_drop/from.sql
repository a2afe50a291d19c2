CREATE TYPE public.ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');
CREATE TYPE public.ticket_kind AS ENUM ('bug', 'feature');

CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    kind public.ticket_kind NOT NULL
);
