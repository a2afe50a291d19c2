CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN public.postcode AS text CHECK (VALUE ~ '^[0-9]{5}$');
CREATE TYPE public.address AS (street text COLLATE "C", city varchar(80), code public.postcode);
CREATE TYPE public.visit AS (at timestamptz, where_to public.address, feeling public.mood, tags text[]);
CREATE TABLE public.people (
    id integer PRIMARY KEY,
    home public.address,
    visits public.visit[] NOT NULL DEFAULT '{}'
);
CREATE FUNCTION public.city_of(a public.address) RETURNS varchar LANGUAGE sql IMMUTABLE RETURN a.city;
CREATE VIEW public.cities AS SELECT id, public.city_of(home) AS city FROM public.people;
COMMENT ON TYPE public.address IS 'a postal address';
COMMENT ON COLUMN public.address.code IS 'five digits';
