-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.counter_seq: alter sequence
ALTER SEQUENCE public.counter_seq AS smallint INCREMENT BY 1 MINVALUE 1 MAXVALUE 30000 START WITH 1 CACHE 1 NO CYCLE;
