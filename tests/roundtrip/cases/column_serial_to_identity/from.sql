CREATE TABLE public.tickets (
    id serial PRIMARY KEY,
    title text NOT NULL
);
