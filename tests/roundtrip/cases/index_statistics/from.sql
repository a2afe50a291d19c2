CREATE TABLE people (id integer, name text, born date);
CREATE INDEX people_lower_name ON people (lower(name), id);
ALTER INDEX people_lower_name ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX people_age ON people ((extract(year FROM born)));
