-- Foreign keys: inline and table level, actions, match types, deferrable, cycles, other schemas.
CREATE SCHEMA ref;
CREATE TABLE ref.countries (code char(2) PRIMARY KEY, name text UNIQUE);
CREATE TABLE authors (
    id integer PRIMARY KEY,
    country char(2) REFERENCES ref.countries ON DELETE SET NULL ON UPDATE CASCADE,
    country_name text REFERENCES ref.countries (name) MATCH FULL,
    favourite_book integer
);
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    editor_id integer,
    series text,
    part integer,
    CONSTRAINT books_editor_fk FOREIGN KEY (editor_id) REFERENCES authors ON DELETE RESTRICT,
    UNIQUE (series, part)
);
CREATE TABLE parts (
    series text,
    part integer,
    note text,
    FOREIGN KEY (series, part) REFERENCES books (series, part) ON DELETE SET NULL (series) NOT DEFERRABLE
);
ALTER TABLE authors ADD CONSTRAINT authors_favourite_book_fkey FOREIGN KEY (favourite_book) REFERENCES books (id) NOT VALID;
ALTER TABLE parts ADD CONSTRAINT parts_note_check CHECK (note <> '') NOT VALID;
