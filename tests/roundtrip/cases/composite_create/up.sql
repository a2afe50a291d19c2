-- schemac migration: up
-- 6 steps; no hazards

-- + domain public.postcode: create domain
CREATE DOMAIN public.postcode AS text
    CONSTRAINT postcode_check CHECK ((VALUE ~ '^[0-9]{5}$'::text));

-- + composite type public.address: create composite type
CREATE TYPE public.address AS (
    street text COLLATE pg_catalog."C",
    city character varying(80),
    code public.postcode
);
COMMENT ON TYPE public.address IS 'a postal address';
COMMENT ON COLUMN public.address.code IS 'five digits';

-- + function public.city_of(public.address): create function
CREATE OR REPLACE FUNCTION public.city_of(a public.address)
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE
RETURN (a).city;

-- + composite type public.visit: create composite type
CREATE TYPE public.visit AS (
    at timestamp with time zone,
    where_to public.address,
    feeling public.mood,
    tags text[]
);

-- + table public.people: create table (3 columns, 1 constraint)
CREATE TABLE public.people (
    id integer NOT NULL,
    home public.address,
    visits public.visit[] DEFAULT '{}'::public.visit[] NOT NULL,
    CONSTRAINT people_pkey PRIMARY KEY (id)
);

-- + view public.cities: create view
CREATE VIEW public.cities (id, city) AS
SELECT people.id,
    public.city_of(people.home) AS city
   FROM public.people;
