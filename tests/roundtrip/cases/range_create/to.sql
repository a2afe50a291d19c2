CREATE TABLE public.rooms (id integer PRIMARY KEY);
CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE public.readings (
    id integer PRIMARY KEY,
    room_id integer NOT NULL REFERENCES public.rooms (id),
    band public.floatrange NOT NULL,
    gaps public.floatmultirange,
    history public.floatrange[]
);
CREATE FUNCTION public.width(r public.floatrange) RETURNS float8 LANGUAGE sql IMMUTABLE
  RETURN upper(r) - lower(r);
CREATE INDEX readings_band ON public.readings USING gist (band);
COMMENT ON TYPE public.floatrange IS 'a band of readings';
