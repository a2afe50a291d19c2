-- schemac migration: down
-- 1 step; no hazards

-- ~ table public.invoices: alter column id: change identity options
ALTER TABLE public.invoices ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET START WITH 1 SET CACHE 1 SET NO CYCLE;
