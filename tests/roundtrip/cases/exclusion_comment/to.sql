-- An exclusion constraint's comment changes in place, and its index gets one.
CREATE TABLE periods (id integer PRIMARY KEY, span tsrange,
                      CONSTRAINT no_overlap EXCLUDE USING gist (span WITH &&));
COMMENT ON CONSTRAINT no_overlap ON periods IS 'two periods never overlap';
COMMENT ON INDEX no_overlap IS 'the index behind no_overlap';
