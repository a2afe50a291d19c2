-- schemac migration: down
-- 1 step; no hazards

-- ~ enum type public.weekday: add values
ALTER TYPE public.weekday ADD VALUE 'sat' AFTER 'fri';
ALTER TYPE public.weekday ADD VALUE 'sun' AFTER 'sat';
