-- A new table with exclusion constraints in its CREATE TABLE, one written after a unique
-- constraint whose name it must not take.
CREATE TABLE other (id integer PRIMARY KEY);
CREATE TABLE slots (id integer, slot int4range,
                    UNIQUE (id),
                    EXCLUDE USING gist (slot WITH &&),
                    CONSTRAINT slots_id_key1 EXCLUDE (id WITH =) DEFERRABLE);
