CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text,
    email text
);
