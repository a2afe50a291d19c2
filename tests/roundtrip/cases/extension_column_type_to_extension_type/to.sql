CREATE EXTENSION citext;

CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email public.citext NOT NULL UNIQUE
);
