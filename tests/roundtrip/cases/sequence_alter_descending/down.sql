-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.countdown_seq: alter sequence
ALTER SEQUENCE public.countdown_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE RESTART;
