CREATE SEQUENCE public.counter_seq AS smallint MAXVALUE 30000;
