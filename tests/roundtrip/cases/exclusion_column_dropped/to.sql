-- A column an exclusion constraint uses is dropped, and the constraint with it.
CREATE TABLE slots (id integer PRIMARY KEY, during int4range,
                    EXCLUDE USING gist (during WITH &&));
