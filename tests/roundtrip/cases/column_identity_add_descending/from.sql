CREATE TABLE public.refunds (
    id integer NOT NULL PRIMARY KEY,
    amount numeric(12, 2) NOT NULL
);
