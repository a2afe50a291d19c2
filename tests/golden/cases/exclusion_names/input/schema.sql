-- Unnamed exclusion constraints get the names PostgreSQL gives them: the index columns of their
-- elements (a column's name, a function's name, "expr" for another expression, repeats
-- numbered), INCLUDE columns among them, and a number when the name is taken by a relation or
-- a constraint of the schema.
CREATE TABLE rooms (
    id integer,
    during int4range,
    label text,
    EXCLUDE USING gist (during WITH &&),
    EXCLUDE (id WITH =) INCLUDE (label),
    EXCLUDE (lower(label) WITH =, id WITH =, id WITH =),
    EXCLUDE ((id + 1) WITH =),
    EXCLUDE (pg_catalog.upper(label) WITH =) WHERE (id > 0) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE rooms_id_excl (id integer);
ALTER TABLE rooms ADD EXCLUDE (id WITH =);
COMMENT ON CONSTRAINT rooms_id_label_excl ON rooms IS 'one label per id';
