-- Exclusion constraints added to a table that stays: one named, deferrable, with INCLUDE, index
-- options and a predicate; one unnamed on an expression and a repeated column, whose name
-- PostgreSQL chooses (bookings_lower_room_room1_excl); one with the default method.
CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tsrange NOT NULL,
                       note text);
ALTER TABLE bookings ADD CONSTRAINT no_double_booking
  EXCLUDE USING gist (room WITH =, during WITH &&) INCLUDE (note) WITH (fillfactor = 70)
  WHERE (id > 0) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE bookings ADD EXCLUDE USING gist (lower(note) WITH =, room WITH =, room WITH <>);
ALTER TABLE bookings ADD EXCLUDE (id WITH =);
COMMENT ON CONSTRAINT bookings_id_excl ON bookings IS 'one booking per id';
