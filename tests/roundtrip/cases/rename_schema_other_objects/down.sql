-- schemac migration: down
-- 2 steps; no hazards

-- ~ schema search: rename schema "find" to "search"
ALTER SCHEMA find RENAME TO search;

-- ~ function search.near(integer, integer): alter function: replace definition
CREATE OR REPLACE FUNCTION search.near(a integer, b integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (abs((a - b)) < 10);
