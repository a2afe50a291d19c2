CREATE SEQUENCE public.invoice_number_seq AS integer START WITH 1000;

CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    number integer DEFAULT nextval('public.invoice_number_seq')
);
