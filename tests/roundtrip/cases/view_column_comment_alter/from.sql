CREATE TABLE public.people (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW public.everyone AS SELECT id, name FROM public.people;
COMMENT ON COLUMN public.everyone.id IS 'the person';
