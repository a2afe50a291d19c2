-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.counted: alter column id: change identity options [access-exclusive-lock]
ALTER TABLE public.counted ALTER COLUMN id SET INCREMENT BY 5 SET MINVALUE 1 SET MAXVALUE 1000000 SET START WITH 1 SET CACHE 10 SET NO CYCLE;
