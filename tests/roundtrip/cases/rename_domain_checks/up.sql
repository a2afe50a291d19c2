-- schemac migration: up
-- 3 steps; no hazards

-- ~ domain public.above_zero: rename domain "positive" to "above_zero"
ALTER DOMAIN public.positive RENAME TO above_zero;

-- ~ domain public.above_zero: rename check "positive_check" to "above_zero_check"
ALTER DOMAIN public.above_zero RENAME CONSTRAINT positive_check TO above_zero_check;

-- ~ domain public.above_zero: rename check "positive_small" to "above_zero_small"
ALTER DOMAIN public.above_zero RENAME CONSTRAINT positive_small TO above_zero_small;
