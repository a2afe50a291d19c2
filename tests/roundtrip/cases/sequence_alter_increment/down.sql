-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.batch_seq: alter sequence
ALTER SEQUENCE public.batch_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
