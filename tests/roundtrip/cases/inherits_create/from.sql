CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    at timestamp with time zone NOT NULL DEFAULT now(),
    kind text,
    CONSTRAINT events_kind_check CHECK (kind <> '')
);
