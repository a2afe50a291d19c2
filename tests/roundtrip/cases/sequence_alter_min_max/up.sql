-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.slot_seq: alter sequence
ALTER SEQUENCE public.slot_seq AS integer INCREMENT BY 1 MINVALUE 100 MAXVALUE 999 START WITH 100 CACHE 1 NO CYCLE RESTART;
