CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    state text NOT NULL DEFAULT 'open'
);
