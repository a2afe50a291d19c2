CREATE SEQUENCE public.invoice_number_seq AS integer START WITH 1000;

CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    number integer NOT NULL DEFAULT nextval('public.invoice_number_seq')
);

ALTER SEQUENCE public.invoice_number_seq OWNED BY public.invoices.number;
