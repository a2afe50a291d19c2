-- schemac migration: down
-- 1 step; no hazards

-- - enum type public.ticket_priority: drop enum type
DROP TYPE public.ticket_priority;
