CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    score integer NOT NULL DEFAULT 0
);
