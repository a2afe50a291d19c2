-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.ticket_seq: alter sequence
ALTER SEQUENCE public.ticket_seq AS integer INCREMENT BY 5 MINVALUE 10 MAXVALUE 100000 START WITH 20 CACHE 5 CYCLE RESTART;
