SELECT pg_catalog.set_config('search_path', 'audit', false);

CREATE TABLE events (
    id bigint PRIMARY KEY,
    at timestamptz DEFAULT now()
);

SET search_path = DEFAULT;
CREATE TABLE public_again (id integer);
