-- a target changed in place, one set, and a new index with one
CREATE TABLE people (id integer, name text, born date);
CREATE INDEX people_lower_name ON people (lower(name), id);
ALTER INDEX people_lower_name ALTER COLUMN 1 SET STATISTICS 1000;
CREATE INDEX people_age ON people ((extract(year FROM born)));
ALTER INDEX people_age ALTER COLUMN 1 SET STATISTICS 50;
CREATE INDEX people_upper_name ON people (upper(name));
ALTER INDEX people_upper_name ALTER COLUMN 1 SET STATISTICS 200;
-- a materialized view's index, as pg_dump writes it
CREATE MATERIALIZED VIEW names AS SELECT name FROM people;
CREATE INDEX names_initial ON names (left(name, 1));
ALTER INDEX public.names_initial ALTER COLUMN 1 SET STATISTICS 300;
