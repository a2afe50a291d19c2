CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
CREATE VIEW public.adults (person, title) AS SELECT id, name FROM public.people;
