CREATE TABLE public.users (
    id bigint PRIMARY KEY
);
