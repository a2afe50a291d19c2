-- schemac migration: down
-- 1 step; hazards: deletes-data

-- ~ composite type public.money_amount: alter composite type: drop attribute rate, add attribute note [deletes-data]
ALTER TYPE public.money_amount DROP ATTRIBUTE rate, ADD ATTRIBUTE note text;
