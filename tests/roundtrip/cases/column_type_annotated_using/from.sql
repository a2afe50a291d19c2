CREATE TABLE public.events (
    id integer PRIMARY KEY,
    created bigint NOT NULL
);
