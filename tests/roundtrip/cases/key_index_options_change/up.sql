-- schemac migration: up
-- 2 steps; no hazards

-- ~ table public.t: alter unique constraint t_code_key: change index storage options
ALTER INDEX public.t_code_key RESET (fillfactor);

-- ~ table public.t: alter primary key t_pkey: change index storage options
ALTER INDEX public.t_pkey SET (deduplicate_items='off', fillfactor='60');
