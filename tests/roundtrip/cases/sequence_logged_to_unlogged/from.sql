CREATE SEQUENCE public.scratch_seq;
