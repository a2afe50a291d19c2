-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.slot_seq: alter sequence
ALTER SEQUENCE public.slot_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 100 CACHE 1 NO CYCLE;
SELECT setval('public.slot_seq', 1, false) FROM public.slot_seq WHERE NOT is_called;
ALTER SEQUENCE public.slot_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
