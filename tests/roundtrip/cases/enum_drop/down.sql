-- schemac migration: down
-- 1 step; no hazards

-- + enum type public.ticket_priority: create enum type
CREATE TYPE public.ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');
