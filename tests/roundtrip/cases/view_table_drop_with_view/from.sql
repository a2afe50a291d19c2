CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
CREATE TABLE public.pets (id integer PRIMARY KEY, owner_id integer REFERENCES public.people);
CREATE VIEW public.pet_owners AS SELECT p.id, o.name FROM public.pets p JOIN public.people o ON o.id = p.owner_id;
