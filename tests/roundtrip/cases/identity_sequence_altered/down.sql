-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.counted: alter column id: change identity options [access-exclusive-lock]
ALTER TABLE public.counted ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET START WITH 1 SET CACHE 1 SET NO CYCLE;
