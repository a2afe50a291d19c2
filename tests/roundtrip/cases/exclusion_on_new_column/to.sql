-- A new column and an exclusion constraint on it, added after the column.
CREATE TABLE leases (id integer PRIMARY KEY, unit integer NOT NULL, term daterange NOT NULL,
                     CONSTRAINT leases_term_excl EXCLUDE USING gist (term WITH &&)
                       WHERE (NOT isempty(term)));
