CREATE SEQUENCE public.slot_seq AS integer;
