CREATE SCHEMA library;

CREATE EXTENSION citext WITH SCHEMA library;

CREATE TYPE library.loan_state AS ENUM ('open', 'returned', 'lost');

CREATE SEQUENCE library.barcode_seq AS integer START WITH 100000;

CREATE TABLE library.members (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email library.citext NOT NULL UNIQUE,
    name text NOT NULL
);

CREATE TABLE library.books (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    barcode integer NOT NULL DEFAULT nextval('library.barcode_seq') UNIQUE,
    title text NOT NULL,
    isbn char(13)
);

CREATE TABLE library.loans (
    id bigserial PRIMARY KEY,
    book_id integer NOT NULL REFERENCES library.books,
    member_id integer NOT NULL REFERENCES library.members ON DELETE CASCADE,
    state library.loan_state NOT NULL DEFAULT 'open',
    due date NOT NULL
);

ALTER SEQUENCE library.barcode_seq OWNED BY library.books.barcode;

CREATE UNIQUE INDEX loans_open_book_idx ON library.loans (book_id) WHERE state = 'open';

COMMENT ON SCHEMA library IS 'Lending library';
COMMENT ON TYPE library.loan_state IS 'Where a loan is';
COMMENT ON INDEX library.loans_open_book_idx IS 'A book is lent to one member at a time';
