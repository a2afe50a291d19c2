-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - cast (money.amount AS text): drop cast
DROP CAST (money.amount AS text);

-- - table money.prices: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE money.prices;

-- - cast (integer AS money.amount): drop cast
DROP CAST (integer AS money.amount);
