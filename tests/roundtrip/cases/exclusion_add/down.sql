-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- - table public.bookings: drop exclusion constraint bookings_id_excl [access-exclusive-lock]
ALTER TABLE public.bookings DROP CONSTRAINT bookings_id_excl;

-- - table public.bookings: drop exclusion constraint bookings_lower_room_room1_excl [access-exclusive-lock]
ALTER TABLE public.bookings DROP CONSTRAINT bookings_lower_room_room1_excl;

-- - table public.bookings: drop exclusion constraint no_double_booking [access-exclusive-lock]
ALTER TABLE public.bookings DROP CONSTRAINT no_double_booking;
