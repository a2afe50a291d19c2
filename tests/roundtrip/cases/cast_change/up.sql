-- schemac migration: up
-- 4 steps; no hazards

-- - cast (integer AS money.amount): drop cast to create it again
DROP CAST (integer AS money.amount);

-- - cast (money.amount AS text): drop cast to create it again
DROP CAST (money.amount AS text);

-- + cast (integer AS money.amount): create cast again
CREATE CAST (integer AS money.amount) WITH FUNCTION money.from_int(integer) AS IMPLICIT;
COMMENT ON CAST (integer AS money.amount) IS 'whole euros, implicitly';

-- + cast (money.amount AS text): create cast again
CREATE CAST (money.amount AS text) WITH INOUT AS ASSIGNMENT;
