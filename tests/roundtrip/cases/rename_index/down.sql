-- schemac migration: down
-- 1 step; no hazards

-- ~ index public.t_first: rename index "t_a_b" to "t_first"
ALTER INDEX public.t_a_b RENAME TO t_first;
