-- schemac migration: up
-- 1 step; no hazards

-- - cast (integer AS money.amount): drop cast
DROP CAST (integer AS money.amount);
