CREATE SEQUENCE public.event_seq;
