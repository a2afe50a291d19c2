-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.invoice_number_seq: set owner column
ALTER SEQUENCE public.invoice_number_seq OWNED BY public.invoices.number;
