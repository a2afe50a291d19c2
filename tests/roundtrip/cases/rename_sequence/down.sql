-- schemac migration: down
-- 1 step; no hazards

-- ~ sequence public.ticket_numbers: rename sequence "ticket_seq" to "ticket_numbers"
ALTER SEQUENCE public.ticket_seq RENAME TO ticket_numbers;
