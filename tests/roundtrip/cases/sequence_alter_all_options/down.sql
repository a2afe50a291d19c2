-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.ticket_seq: alter sequence
ALTER SEQUENCE public.ticket_seq AS bigint INCREMENT BY 5 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 20 CACHE 5 CYCLE;
SELECT setval('public.ticket_seq', 1, false) FROM public.ticket_seq WHERE NOT is_called;
ALTER SEQUENCE public.ticket_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
