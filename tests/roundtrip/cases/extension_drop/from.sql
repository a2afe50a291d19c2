CREATE EXTENSION hstore;

CREATE TABLE public.users (
    id bigint PRIMARY KEY
);
