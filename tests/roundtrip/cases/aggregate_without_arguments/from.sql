CREATE TABLE items (id integer);
CREATE AGGREGATE tally (*) (sfunc = int8inc, stype = int8, initcond = '0');
