CREATE EXTENSION hstore;

CREATE TABLE public.settings (
    id integer PRIMARY KEY,
    options public.hstore
);
