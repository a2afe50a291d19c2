CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name varchar(50) NOT NULL
);
