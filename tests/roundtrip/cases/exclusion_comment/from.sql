CREATE TABLE periods (id integer PRIMARY KEY, span tsrange,
                      CONSTRAINT no_overlap EXCLUDE USING gist (span WITH &&));
COMMENT ON CONSTRAINT no_overlap ON periods IS 'periods never overlap';
