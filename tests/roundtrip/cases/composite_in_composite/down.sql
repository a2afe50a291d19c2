-- schemac migration: down
-- 2 steps; hazards: deletes-data

-- ~ composite type public.money2: alter composite type: drop attribute rounded
ALTER TYPE public.money2 DROP ATTRIBUTE rounded;

-- ~ composite type public.line: alter composite type: drop attribute note [deletes-data]
ALTER TYPE public.line DROP ATTRIBUTE note;
