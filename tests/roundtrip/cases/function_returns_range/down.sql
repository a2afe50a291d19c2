-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- - index public.bookings_booked: drop index [access-exclusive-lock]
DROP INDEX public.bookings_booked;

-- - function public.booked(public.bookings): drop function
DROP FUNCTION public.booked(public.bookings);

-- - range type public.span: drop range type
DROP TYPE public.span;
