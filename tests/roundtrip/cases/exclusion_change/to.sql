-- An exclusion constraint whose definition changes (a predicate added) is dropped and added
-- again; one is dropped; the column another one uses changes type, which PostgreSQL rebuilds
-- the constraint's index for.
CREATE EXTENSION btree_gist;
CREATE TABLE shifts (id integer PRIMARY KEY, person bigint NOT NULL, during tsrange NOT NULL,
                     CONSTRAINT one_shift EXCLUDE USING gist (person WITH =, during WITH &&)
                       WHERE (NOT isempty(during)));
CREATE TABLE rooms (id integer PRIMARY KEY, code text NOT NULL);
