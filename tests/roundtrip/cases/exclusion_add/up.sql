-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- + table public.bookings: add exclusion constraint bookings_id_excl [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.bookings ADD CONSTRAINT bookings_id_excl EXCLUDE USING btree (id WITH =);
COMMENT ON CONSTRAINT bookings_id_excl ON public.bookings IS 'one booking per id';

-- + table public.bookings: add exclusion constraint bookings_lower_room_room1_excl [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.bookings ADD CONSTRAINT bookings_lower_room_room1_excl EXCLUDE USING gist (lower(note) WITH =, room WITH =, room WITH <>);

-- + table public.bookings: add exclusion constraint no_double_booking [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.bookings ADD CONSTRAINT no_double_booking EXCLUDE USING gist (room WITH =, during WITH &&) INCLUDE (note) WITH (fillfactor='70') WHERE ((id > 0)) DEFERRABLE INITIALLY DEFERRED;
