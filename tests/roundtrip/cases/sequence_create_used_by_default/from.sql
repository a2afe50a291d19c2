CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    number integer
);
