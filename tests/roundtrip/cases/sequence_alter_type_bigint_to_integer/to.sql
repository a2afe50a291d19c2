CREATE SEQUENCE public.counter_seq AS integer;
