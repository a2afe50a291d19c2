CREATE FUNCTION near(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE RETURN abs(a - b) < 10;
CREATE OPERATOR ~~ (FUNCTION = near, LEFTARG = integer, RIGHTARG = integer);
CREATE TABLE points (x integer NOT NULL, y integer NOT NULL);
CREATE VIEW near_origin AS SELECT x, y FROM points WHERE x ~~ 0;
