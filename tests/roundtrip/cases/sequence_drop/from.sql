CREATE SEQUENCE public.invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1 CACHE 10;
CREATE SEQUENCE public.ticket_seq;
