CREATE TABLE public.people (
    id integer PRIMARY KEY,
    mail text NOT NULL UNIQUE,
    name text NOT NULL
);

COMMENT ON COLUMN public.people.mail IS 'Contact address';
