-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.ticket_seq: rename sequence "ticket_numbers" to "ticket_seq"
ALTER SEQUENCE public.ticket_numbers RENAME TO ticket_seq;
