-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.tickets: alter column id: change identity options [access-exclusive-lock]
ALTER TABLE public.tickets ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE -100 SET MAXVALUE 2147483647 SET START WITH 1 SET CACHE 1 SET NO CYCLE;
SELECT setval('public.tickets_id_seq', -100, false) FROM public.tickets_id_seq WHERE NOT is_called;
ALTER TABLE public.tickets ALTER COLUMN id SET INCREMENT BY 5 SET MINVALUE -100 SET MAXVALUE 100 SET START WITH -100 SET CACHE 1 SET NO CYCLE;
