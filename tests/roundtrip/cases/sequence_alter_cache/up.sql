-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.event_seq: alter sequence
ALTER SEQUENCE public.event_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 100 NO CYCLE;
