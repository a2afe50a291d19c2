-- schemac migration: up
-- 11 steps; hazards: index-build

-- + schema library: create schema
CREATE SCHEMA library;
COMMENT ON SCHEMA library IS 'Lending library';

-- + extension citext: create extension
CREATE EXTENSION citext WITH SCHEMA library;

-- + enum type library.loan_state: create enum type
CREATE TYPE library.loan_state AS ENUM ('open', 'returned', 'lost');
COMMENT ON TYPE library.loan_state IS 'Where a loan is';

-- + sequence library.barcode_seq: create sequence
CREATE SEQUENCE library.barcode_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 100000 CACHE 1 NO CYCLE;

-- + sequence library.loans_id_seq: create sequence
CREATE SEQUENCE library.loans_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- + table library.books: create table (4 columns, 2 constraints)
CREATE TABLE library.books (
    id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME library.books_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE) NOT NULL,
    barcode integer DEFAULT nextval('library.barcode_seq'::regclass) NOT NULL,
    title text NOT NULL,
    isbn character(13),
    CONSTRAINT books_barcode_key UNIQUE (barcode),
    CONSTRAINT books_pkey PRIMARY KEY (id)
);

-- ~ sequence library.barcode_seq: set owner column
ALTER SEQUENCE library.barcode_seq OWNED BY library.books.barcode;

-- + table library.members: create table (3 columns, 2 constraints)
CREATE TABLE library.members (
    id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME library.members_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE) NOT NULL,
    email library.citext NOT NULL,
    name text NOT NULL,
    CONSTRAINT members_email_key UNIQUE (email),
    CONSTRAINT members_pkey PRIMARY KEY (id)
);

-- + table library.loans: create table (5 columns, 3 constraints)
CREATE TABLE library.loans (
    id bigint DEFAULT nextval('library.loans_id_seq'::regclass) NOT NULL,
    book_id integer NOT NULL,
    member_id integer NOT NULL,
    state library.loan_state DEFAULT 'open'::library.loan_state NOT NULL,
    due date NOT NULL,
    CONSTRAINT loans_book_id_fkey FOREIGN KEY (book_id) REFERENCES library.books(id),
    CONSTRAINT loans_member_id_fkey FOREIGN KEY (member_id) REFERENCES library.members(id) ON DELETE CASCADE,
    CONSTRAINT loans_pkey PRIMARY KEY (id)
);

-- ~ sequence library.loans_id_seq: set owner column
ALTER SEQUENCE library.loans_id_seq OWNED BY library.loans.id;

-- + index library.loans_open_book_idx: create index [index-build]
CREATE UNIQUE INDEX loans_open_book_idx ON library.loans USING btree (book_id) WHERE (state = 'open'::library.loan_state);
COMMENT ON INDEX library.loans_open_book_idx IS 'A book is lent to one member at a time';
