-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.t: set logged, change storage options [table-rewrite, access-exclusive-lock]
ALTER TABLE public.t SET LOGGED;
ALTER TABLE public.t RESET (fillfactor, toast.autovacuum_enabled);
ALTER TABLE public.t SET (autovacuum_enabled='false');

-- ~ table public.t: alter primary key t_pkey: change index storage options
ALTER INDEX public.t_pkey RESET (fillfactor);

-- ~ index public.t_a: alter index: change storage options
ALTER INDEX public.t_a RESET (fillfactor);

-- ~ view public.v: alter view: set options
ALTER VIEW public.v RESET (check_option, security_barrier);

-- ~ materialized view public.m: alter materialized view: set options
ALTER MATERIALIZED VIEW public.m RESET (fillfactor);
