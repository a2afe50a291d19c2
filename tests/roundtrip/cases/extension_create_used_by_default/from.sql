CREATE TABLE public.tokens (
    id integer PRIMARY KEY,
    token text NOT NULL
);
