-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.scratch_seq: alter sequence
ALTER SEQUENCE public.scratch_seq SET LOGGED;
