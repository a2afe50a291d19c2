CREATE SEQUENCE public.counter_seq;
