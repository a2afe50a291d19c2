-- schemac migration: up
-- 1 step; hazards: irreversible-down

-- - sequence public.invoice_number_seq: drop sequence [irreversible-down]
DROP SEQUENCE public.invoice_number_seq;
