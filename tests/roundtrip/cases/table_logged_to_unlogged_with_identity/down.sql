-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ sequence public.job_queue_attempt_seq: alter sequence
ALTER SEQUENCE public.job_queue_attempt_seq SET LOGGED;

-- ~ table public.job_queue: set logged [table-rewrite, access-exclusive-lock]
ALTER TABLE public.job_queue SET LOGGED;
