-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.invoice_number_seq: remove owner column
ALTER SEQUENCE public.invoice_number_seq OWNED BY NONE;
