CREATE SCHEMA extensions;

CREATE EXTENSION citext WITH SCHEMA extensions;

CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    email extensions.citext NOT NULL UNIQUE
);
