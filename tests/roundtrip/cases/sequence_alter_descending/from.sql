CREATE SEQUENCE public.countdown_seq AS integer;
