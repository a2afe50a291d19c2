-- schemac migration: up
-- 1 step; no hazards

-- ~ index public.t_a_b: rename index "t_first" to "t_a_b"
ALTER INDEX public.t_first RENAME TO t_a_b;
