CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE VIEW public.labels AS SELECT id, name AS label FROM public.people;
