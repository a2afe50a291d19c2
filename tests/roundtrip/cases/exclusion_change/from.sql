CREATE EXTENSION btree_gist;
CREATE TABLE shifts (id integer PRIMARY KEY, person integer NOT NULL, during tsrange NOT NULL,
                     CONSTRAINT one_shift EXCLUDE USING gist (person WITH =, during WITH &&));
CREATE TABLE rooms (id integer PRIMARY KEY, code text NOT NULL,
                    CONSTRAINT rooms_code_excl EXCLUDE (code WITH =));
