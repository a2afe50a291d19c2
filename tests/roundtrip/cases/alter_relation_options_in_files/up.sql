-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.t: set unlogged, change storage options [table-rewrite, access-exclusive-lock]
ALTER TABLE public.t SET UNLOGGED;
ALTER TABLE public.t RESET (autovacuum_enabled);
ALTER TABLE public.t SET (fillfactor='80', toast.autovacuum_enabled='false');

-- ~ table public.t: alter primary key t_pkey: change index storage options
ALTER INDEX public.t_pkey SET (fillfactor='60');

-- ~ index public.t_a: alter index: change storage options
ALTER INDEX public.t_a SET (fillfactor='70');

-- ~ view public.v: alter view: set options
ALTER VIEW public.v SET (check_option='local', security_barrier='true');

-- ~ materialized view public.m: alter materialized view: set options
ALTER MATERIALIZED VIEW public.m SET (fillfactor='50');
