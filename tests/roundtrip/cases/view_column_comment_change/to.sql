CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age bigint
);
-- The column type change recreates the view: its column comments come back with it.
CREATE VIEW public.adults AS SELECT id, name FROM public.people WHERE age >= 18;
COMMENT ON COLUMN public.adults.name IS 'as spoken';
COMMENT ON VIEW public.adults IS 'people of age';
