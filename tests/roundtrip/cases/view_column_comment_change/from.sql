CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
CREATE VIEW public.adults AS SELECT id, name FROM public.people WHERE age >= 18;
COMMENT ON COLUMN public.adults.id IS 'the person';
COMMENT ON COLUMN public.adults.name IS 'as written';
