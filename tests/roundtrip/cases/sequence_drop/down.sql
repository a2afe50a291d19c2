-- schemac migration: down
-- 1 step; no hazards

-- + sequence public.invoice_number_seq: create sequence
CREATE SEQUENCE public.invoice_number_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1000 CACHE 10 NO CYCLE;
