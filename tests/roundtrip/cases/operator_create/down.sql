-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock

-- - view geo.near_origin: drop view
DROP VIEW geo.near_origin;

-- - table geo.points: drop check constraint points_check [access-exclusive-lock]
ALTER TABLE geo.points DROP CONSTRAINT points_check;

-- - operator geo.~~(integer, integer): drop operator
DROP OPERATOR geo.~~ (integer, integer);

-- - function geo.near(integer, integer): drop function
DROP FUNCTION geo.near(integer, integer);
