CREATE SEQUENCE public.ticket_seq;

COMMENT ON SEQUENCE public.ticket_seq IS 'Ticket numbers, shared by all queues';
