-- schemac migration: down
-- 2 steps; no hazards

-- ~ table public.t: alter unique constraint t_code_key: change index storage options
ALTER INDEX public.t_code_key SET (fillfactor='90');

-- ~ table public.t: alter primary key t_pkey: change index storage options
ALTER INDEX public.t_pkey RESET (deduplicate_items, fillfactor);
