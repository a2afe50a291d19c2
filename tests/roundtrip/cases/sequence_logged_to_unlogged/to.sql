CREATE UNLOGGED SEQUENCE public.scratch_seq;
