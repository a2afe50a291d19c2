-- aggregates that take no argument, written (*): one changed (dropped and created again), one
-- created, with comments, and a view that calls one
CREATE TABLE items (id integer);
CREATE AGGREGATE tally (*) (sfunc = int8inc, stype = int8, initcond = '10');
COMMENT ON AGGREGATE tally (*) IS 'counts from ten';
CREATE AGGREGATE "Count All" (*) (sfunc = int8inc, stype = int8, initcond = '0');
COMMENT ON AGGREGATE "Count All"(*) IS 'counts';
CREATE VIEW item_count AS SELECT "Count All"(*) AS n FROM items;
