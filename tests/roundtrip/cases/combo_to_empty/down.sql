-- schemac migration: down
-- 8 steps; no hazards

-- + schema library: create schema
CREATE SCHEMA library;

-- + extension citext: create extension
CREATE EXTENSION citext WITH SCHEMA library;

-- + enum type library.loan_state: create enum type
CREATE TYPE library.loan_state AS ENUM ('open', 'returned', 'lost');

-- + sequence library.loans_id_seq: create sequence
CREATE SEQUENCE library.loans_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- + table library.members: create table (3 columns, 3 constraints)
CREATE TABLE library.members (
    id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME library.members_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE) NOT NULL,
    email library.citext NOT NULL,
    best_friend_id integer,
    CONSTRAINT members_best_friend_id_fkey FOREIGN KEY (best_friend_id) REFERENCES library.members(id),
    CONSTRAINT members_email_key UNIQUE (email),
    CONSTRAINT members_pkey PRIMARY KEY (id)
);

-- + table library.loans: create table (3 columns, 2 constraints)
CREATE TABLE library.loans (
    id bigint DEFAULT nextval('library.loans_id_seq'::regclass) NOT NULL,
    member_id integer NOT NULL,
    state library.loan_state DEFAULT 'open'::library.loan_state NOT NULL,
    CONSTRAINT loans_member_id_fkey FOREIGN KEY (member_id) REFERENCES library.members(id) ON DELETE CASCADE,
    CONSTRAINT loans_pkey PRIMARY KEY (id)
);

-- ~ sequence library.loans_id_seq: set owner column
ALTER SEQUENCE library.loans_id_seq OWNED BY library.loans.id;

-- + table public.loan_summaries: create table (2 columns, 2 constraints)
CREATE TABLE public.loan_summaries (
    loan_id bigint NOT NULL,
    state library.loan_state NOT NULL,
    CONSTRAINT loan_summaries_loan_id_fkey FOREIGN KEY (loan_id) REFERENCES library.loans(id),
    CONSTRAINT loan_summaries_pkey PRIMARY KEY (loan_id)
);
