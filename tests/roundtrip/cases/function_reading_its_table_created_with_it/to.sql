-- As pg_dump writes them: the default and the check call functions that read their own table,
-- so neither can be part of CREATE TABLE.
CREATE TABLE queue (id integer PRIMARY KEY, position integer, weight integer);
CREATE FUNCTION next_position() RETURNS integer LANGUAGE sql
  RETURN (SELECT coalesce(max(position), 0) + 1 FROM queue);
CREATE FUNCTION total_weight() RETURNS bigint LANGUAGE sql
  BEGIN ATOMIC SELECT coalesce(sum(weight), 0) FROM queue; END;
ALTER TABLE queue ALTER COLUMN position SET DEFAULT next_position();
ALTER TABLE queue ADD CONSTRAINT queue_weight_check CHECK (weight <= 100 + total_weight());
CREATE TABLE other (id integer);
