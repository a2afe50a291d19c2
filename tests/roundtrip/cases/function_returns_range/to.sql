CREATE TYPE public.span AS RANGE (subtype = timestamptz);
CREATE TABLE public.bookings (id integer PRIMARY KEY, starts timestamptz NOT NULL, ends timestamptz NOT NULL);
CREATE FUNCTION public.booked(b public.bookings) RETURNS public.span LANGUAGE sql IMMUTABLE
    RETURN public.span(b.starts, b.ends);
CREATE INDEX bookings_booked ON public.bookings USING gist (public.booked(bookings.*));
