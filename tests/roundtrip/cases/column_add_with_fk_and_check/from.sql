CREATE TABLE public.teams (
    id integer PRIMARY KEY
);

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL
);
