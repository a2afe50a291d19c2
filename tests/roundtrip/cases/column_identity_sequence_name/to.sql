CREATE TABLE public.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.invoice_ids) PRIMARY KEY,
    total numeric(12, 2) NOT NULL
);
