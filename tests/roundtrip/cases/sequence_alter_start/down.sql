-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.order_number_seq: alter sequence
SELECT setval('public.order_number_seq', 1, false) FROM public.order_number_seq WHERE NOT is_called;
ALTER SEQUENCE public.order_number_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
