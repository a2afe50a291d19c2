-- A table with privileges on it, its columns and its sequence is dropped: they go with it, and
-- the down plan grants them again after creating it.
CREATE TABLE keep (id integer PRIMARY KEY);
GRANT SELECT ON keep TO auditor;
