-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.counter_seq: alter sequence
ALTER SEQUENCE public.counter_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
