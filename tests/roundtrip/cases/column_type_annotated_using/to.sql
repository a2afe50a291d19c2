CREATE TABLE public.events (
    id integer PRIMARY KEY,
    -- PostgreSQL has no cast from bigint to timestamp with time zone: the annotations give the
    -- conversion, and the one back.
    -- schemac:using to_timestamp(created)
    -- schemac:down-using extract(epoch FROM created)::bigint
    created timestamp with time zone NOT NULL
);
