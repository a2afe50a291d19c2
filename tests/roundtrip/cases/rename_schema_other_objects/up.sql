-- schemac migration: up
-- 2 steps; no hazards

-- ~ schema find: rename schema "search" to "find"
ALTER SCHEMA search RENAME TO find;

-- ~ function find.near(integer, integer): alter function: replace definition
CREATE OR REPLACE FUNCTION find.near(a integer, b integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (abs((a - b)) < 10);
