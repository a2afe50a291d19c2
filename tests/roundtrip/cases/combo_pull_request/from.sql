CREATE SCHEMA app;

CREATE TYPE app.user_role AS ENUM ('member', 'admin');

CREATE TABLE app.users (
    id serial PRIMARY KEY,
    email varchar(100) NOT NULL UNIQUE,
    name text,
    role app.user_role NOT NULL DEFAULT 'member',
    created_at timestamp NOT NULL DEFAULT now()
);

CREATE TABLE app.projects (
    id serial PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES app.users,
    title text NOT NULL
);

CREATE INDEX projects_owner_id_idx ON app.projects (owner_id);
