-- schemac migration: down
-- 3 steps; no hazards

-- ~ domain public.above_zero: rename check "above_zero_small" to "positive_small"
ALTER DOMAIN public.above_zero RENAME CONSTRAINT above_zero_small TO positive_small;

-- ~ domain public.above_zero: rename check "above_zero_check" to "positive_check"
ALTER DOMAIN public.above_zero RENAME CONSTRAINT above_zero_check TO positive_check;

-- ~ domain public.positive: rename domain "above_zero" to "positive"
ALTER DOMAIN public.above_zero RENAME TO positive;
