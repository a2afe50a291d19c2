CREATE SEQUENCE public.ticket_seq;
