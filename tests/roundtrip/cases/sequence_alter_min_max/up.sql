-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.slot_seq: alter sequence
SELECT setval('public.slot_seq', 100, false) FROM public.slot_seq WHERE NOT is_called OR last_value < 100;
ALTER SEQUENCE public.slot_seq AS integer INCREMENT BY 1 MINVALUE 100 MAXVALUE 999 START WITH 100 CACHE 1 NO CYCLE;
