-- schemac migration: up
-- 1 step; hazards: deletes-data

-- ~ composite type public.money_amount: alter composite type: drop attribute note, add attribute rate [deletes-data]
ALTER TYPE public.money_amount DROP ATTRIBUTE note, ADD ATTRIBUTE rate numeric;
