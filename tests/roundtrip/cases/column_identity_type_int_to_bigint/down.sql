-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.invoices: alter column id: type bigint -> integer, change identity options [table-rewrite, access-exclusive-lock]
ALTER TABLE public.invoices ALTER COLUMN id TYPE integer;
ALTER TABLE public.invoices ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET START WITH 1 SET CACHE 1 SET NO CYCLE;
