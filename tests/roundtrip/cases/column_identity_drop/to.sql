CREATE TABLE public.invoices (
    id bigint PRIMARY KEY,
    total numeric(12, 2) NOT NULL
);
