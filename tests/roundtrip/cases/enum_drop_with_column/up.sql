-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - index public.tickets_priority_idx: drop index [access-exclusive-lock]
DROP INDEX public.tickets_priority_idx;

-- - table public.tickets: drop column priority [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.tickets DROP COLUMN priority;

-- - enum type public.ticket_priority: drop enum type
DROP TYPE public.ticket_priority;
