CREATE TABLE public.countries (
    code char(2) PRIMARY KEY,
    name text NOT NULL
);
