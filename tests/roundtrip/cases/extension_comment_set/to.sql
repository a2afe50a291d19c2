CREATE EXTENSION hstore;

CREATE TABLE public.settings (
    id integer PRIMARY KEY,
    options public.hstore
);

COMMENT ON EXTENSION hstore IS 'key/value settings';
