-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.tickets: alter column id: change identity options [access-exclusive-lock]
SELECT setval('public.tickets_id_seq', 1, false) FROM public.tickets_id_seq WHERE NOT is_called OR last_value < 1;
ALTER TABLE public.tickets ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET START WITH 1 SET CACHE 1 SET NO CYCLE;
