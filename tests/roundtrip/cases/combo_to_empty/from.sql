CREATE SCHEMA library;

CREATE EXTENSION citext WITH SCHEMA library;

CREATE TYPE library.loan_state AS ENUM ('open', 'returned', 'lost');

CREATE TABLE library.members (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email library.citext NOT NULL UNIQUE,
    best_friend_id integer REFERENCES library.members
);

CREATE TABLE library.loans (
    id bigserial PRIMARY KEY,
    member_id integer NOT NULL REFERENCES library.members ON DELETE CASCADE,
    state library.loan_state NOT NULL DEFAULT 'open'
);

CREATE TABLE public.loan_summaries (
    loan_id bigint PRIMARY KEY REFERENCES library.loans,
    state library.loan_state NOT NULL
);
