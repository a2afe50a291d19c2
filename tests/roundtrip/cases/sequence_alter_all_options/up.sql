-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.ticket_seq: alter sequence
SELECT setval('public.ticket_seq', 20, false) FROM public.ticket_seq WHERE NOT is_called OR last_value < 10;
ALTER SEQUENCE public.ticket_seq AS integer INCREMENT BY 5 MINVALUE 10 MAXVALUE 100000 START WITH 20 CACHE 5 CYCLE;
