-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.invoices: alter column id: change identity options [access-exclusive-lock]
SELECT setval('public.invoices_id_seq', 1, false) FROM public.invoices_id_seq WHERE NOT is_called;
ALTER TABLE public.invoices ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET START WITH 1 SET CACHE 1 SET NO CYCLE;
