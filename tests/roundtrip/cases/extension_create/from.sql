CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    password_hash text NOT NULL
);
