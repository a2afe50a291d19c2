CREATE TABLE public.people (
    id integer NOT NULL,
    name text,
    age integer
);
ALTER TABLE public.people OWNER TO postgres;
ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);
