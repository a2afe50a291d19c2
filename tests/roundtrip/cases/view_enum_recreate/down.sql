-- schemac migration: down
-- 1 step; no hazards

-- ~ enum type public.mood: add value
ALTER TYPE public.mood ADD VALUE 'cross' BEFORE 'glad';
