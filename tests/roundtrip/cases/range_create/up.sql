-- schemac migration: up
-- 4 steps; hazards: index-build

-- + range type public.floatrange: create range type
CREATE TYPE public.floatrange AS RANGE (
    SUBTYPE = double precision,
    SUBTYPE_DIFF = float8mi,
    MULTIRANGE_TYPE_NAME = public.floatmultirange
);
COMMENT ON TYPE public.floatrange IS 'a band of readings';

-- + table public.readings: create table (5 columns, 2 constraints)
CREATE TABLE public.readings (
    id integer NOT NULL,
    room_id integer NOT NULL,
    band public.floatrange NOT NULL,
    gaps public.floatmultirange,
    history public.floatrange[],
    CONSTRAINT readings_pkey PRIMARY KEY (id),
    CONSTRAINT readings_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id)
);

-- + index public.readings_band: create index [index-build]
CREATE INDEX readings_band ON public.readings USING gist (band);

-- + function public.width(public.floatrange): create function
CREATE OR REPLACE FUNCTION public.width(r public.floatrange)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
RETURN (upper(r) - lower(r));
