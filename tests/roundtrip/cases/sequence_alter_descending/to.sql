CREATE SEQUENCE public.countdown_seq AS integer INCREMENT BY -1;
