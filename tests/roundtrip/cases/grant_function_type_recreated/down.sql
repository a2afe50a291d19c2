-- schemac migration: down
-- 1 step; no hazards

-- ~ enum type public.size: add value
ALTER TYPE public.size ADD VALUE 'medium' BEFORE 'large';
