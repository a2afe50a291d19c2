-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.invoices: alter column id: type integer -> bigint, change identity options [table-rewrite, access-exclusive-lock]
ALTER TABLE public.invoices ALTER COLUMN id TYPE bigint;
ALTER TABLE public.invoices ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET START WITH 1 SET CACHE 1 SET NO CYCLE;
