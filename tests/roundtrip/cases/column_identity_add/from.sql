CREATE TABLE public.invoices (
    id bigint NOT NULL PRIMARY KEY,
    total numeric(12, 2) NOT NULL
);
