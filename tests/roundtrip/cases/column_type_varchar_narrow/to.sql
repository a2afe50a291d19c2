CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name varchar(20) NOT NULL
);
