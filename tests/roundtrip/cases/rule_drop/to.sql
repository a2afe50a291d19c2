-- A rule is dropped.
CREATE TABLE items (id integer PRIMARY KEY, name text);
