CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
CREATE VIEW public.adults AS SELECT name, id FROM public.people WHERE age >= 18;
CREATE VIEW public.adult_names AS SELECT name FROM public.adults;
