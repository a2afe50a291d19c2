-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.countdown_seq: alter sequence
ALTER SEQUENCE public.countdown_seq AS integer INCREMENT BY -1 MINVALUE -2147483648 MAXVALUE 2147483647 START WITH -1 CACHE 1 NO CYCLE;
SELECT setval('public.countdown_seq', 1, false) FROM public.countdown_seq WHERE NOT is_called OR last_value < 1;
ALTER SEQUENCE public.countdown_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
