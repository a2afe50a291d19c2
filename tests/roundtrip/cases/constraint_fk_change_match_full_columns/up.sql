-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- - table public.bookings: drop foreign key bookings_room_fkey to add it again [access-exclusive-lock]
ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_fkey;

-- + table public.bookings: add again foreign key bookings_room_fkey [validates-constraint]
ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_fkey FOREIGN KEY (building, room_number) REFERENCES public.rooms(building, number) MATCH FULL ON DELETE SET NULL (room_number);
