CREATE EXTENSION pgcrypto;

CREATE TABLE public.tokens (
    id integer PRIMARY KEY,
    token text NOT NULL DEFAULT encode(public.gen_random_bytes(16), 'hex')
);
