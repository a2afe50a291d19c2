CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text NOT NULL UNIQUE
);

COMMENT ON COLUMN public.people.email IS 'Contact address';
