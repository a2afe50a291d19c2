-- A new column whose default calls a new function that reads the column: the column is added,
-- then the function created, then the default set (and the other way round in down).
CREATE TABLE queue (id integer PRIMARY KEY, weight integer, position integer);
CREATE FUNCTION next_position() RETURNS integer LANGUAGE sql
  RETURN (SELECT coalesce(max(position), 0) + 1 FROM queue);
ALTER TABLE queue ALTER COLUMN position SET DEFAULT next_position();
