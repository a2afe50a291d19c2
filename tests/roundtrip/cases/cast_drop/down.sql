-- schemac migration: down
-- 1 step; no hazards

-- + cast (integer AS money.amount): create cast
CREATE CAST (integer AS money.amount) WITH FUNCTION money.from_int(integer) AS ASSIGNMENT;
