-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.shared_seq: set owner column
ALTER SEQUENCE public.shared_seq OWNED BY public.invoices.number;
