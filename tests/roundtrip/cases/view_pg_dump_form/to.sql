CREATE TABLE public.people (
    id integer NOT NULL,
    name text,
    age integer
);
ALTER TABLE public.people OWNER TO postgres;
CREATE VIEW public.adults WITH (security_barrier='true') AS
 SELECT people.id,
    people.name
   FROM public.people
  WHERE (people.age >= 18)
  WITH CASCADED CHECK OPTION;
ALTER TABLE public.adults OWNER TO postgres;
COMMENT ON VIEW public.adults IS 'grown';
COMMENT ON COLUMN public.adults.name IS 'the name';
CREATE VIEW public.adult_names AS
 SELECT adults.name
   FROM public.adults;
ALTER TABLE public.adult_names OWNER TO postgres;
ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);
