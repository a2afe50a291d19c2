-- earthdistance requires cube, which CASCADE creates with it: the schema has both.
CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE;

CREATE TABLE places (
    id bigint PRIMARY KEY,
    at earth NOT NULL
);

CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body text NOT NULL
);
