CREATE TABLE public.people (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE
);
