-- schemac migration: up
-- 3 steps; hazards: index-build

-- + range type public.span: create range type
CREATE TYPE public.span AS RANGE (
    SUBTYPE = timestamp with time zone,
    MULTIRANGE_TYPE_NAME = public.span_multirange
);

-- + function public.booked(public.bookings): create function
CREATE OR REPLACE FUNCTION public.booked(b public.bookings)
 RETURNS public.span
 LANGUAGE sql
 IMMUTABLE
RETURN public.span((b).starts, (b).ends);

-- + index public.bookings_booked: create index [index-build]
CREATE INDEX bookings_booked ON public.bookings USING gist ((public.booked(bookings.*)));
