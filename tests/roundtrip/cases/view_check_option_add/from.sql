CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
CREATE VIEW public.adults AS SELECT id, name, age FROM public.people WHERE age >= 18;
