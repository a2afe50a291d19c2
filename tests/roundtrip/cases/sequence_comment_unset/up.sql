-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.ticket_seq: alter sequence
COMMENT ON SEQUENCE public.ticket_seq IS NULL;
