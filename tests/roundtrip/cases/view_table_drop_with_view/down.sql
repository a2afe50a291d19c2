-- schemac migration: down
-- 2 steps; no hazards

-- + table public.pets: create table (2 columns, 2 constraints)
CREATE TABLE public.pets (
    id integer NOT NULL,
    owner_id integer,
    CONSTRAINT pets_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.people(id),
    CONSTRAINT pets_pkey PRIMARY KEY (id)
);

-- + view public.pet_owners: create view
CREATE VIEW public.pet_owners (id, name) AS
SELECT p.id,
    o.name
   FROM (public.pets p
     JOIN public.people o ON ((o.id = p.owner_id)));
