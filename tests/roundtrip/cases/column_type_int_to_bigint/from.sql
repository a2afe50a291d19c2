CREATE TABLE public.events (
    id integer PRIMARY KEY,
    counter integer NOT NULL DEFAULT 0
);
