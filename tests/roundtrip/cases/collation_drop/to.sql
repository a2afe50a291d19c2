-- A column goes back to its type's collation, and the collation is dropped after it.
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
