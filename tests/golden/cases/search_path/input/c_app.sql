-- SET search_path applies to the rest of its file, as psql runs it.
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

SET search_path TO app, public;

CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE SEQUENCE ticket_numbers;

CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME users_id_seq) PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    mood mood DEFAULT 'happy',
    ticket bigint DEFAULT nextval('ticket_numbers'),
    name text CHECK (length(name) > 0)
);

-- References find tables in the first schema of the path that has them, whatever the file
-- order: audit.events is declared in another file, under its own path.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users,
    event_id bigint REFERENCES audit.events (id)
);

CREATE INDEX orders_user_idx ON orders (user_id) WHERE user_id > 0;
COMMENT ON TABLE users IS 'in schema app';

-- SET LOCAL lasts to the end of its transaction: under psql's autocommit, its own statement.
SET LOCAL search_path TO audit;
CREATE TABLE still_app (id integer);
