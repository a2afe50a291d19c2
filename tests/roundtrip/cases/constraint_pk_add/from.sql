CREATE TABLE public.countries (
    code char(2) NOT NULL,
    name text NOT NULL
);
