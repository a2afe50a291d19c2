CREATE TABLE public.people (
    id integer PRIMARY KEY,
    email varchar(100) NOT NULL UNIQUE
);
