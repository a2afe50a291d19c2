-- schemac migration: down
-- 1 step; no hazards

-- ~ enum type public.status: add value
ALTER TYPE public.status ADD VALUE 'old' AFTER 'done';
