-- schemac migration: up
-- 2 steps; no hazards

-- ~ composite type public.money2: alter composite type: add attribute rounded
ALTER TYPE public.money2 ADD ATTRIBUTE rounded boolean;

-- ~ composite type public.line: alter composite type: add attribute note
ALTER TYPE public.line ADD ATTRIBUTE note text;
