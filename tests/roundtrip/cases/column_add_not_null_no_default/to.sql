CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    country_code char(2) NOT NULL
);
