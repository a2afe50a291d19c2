-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.ring_seq: alter sequence
ALTER SEQUENCE public.ring_seq AS smallint INCREMENT BY 1 MINVALUE 1 MAXVALUE 60 START WITH 1 CACHE 1 CYCLE;
