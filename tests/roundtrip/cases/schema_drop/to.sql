CREATE SCHEMA app;

CREATE TABLE app.notes (
    id integer PRIMARY KEY,
    body text NOT NULL
);
