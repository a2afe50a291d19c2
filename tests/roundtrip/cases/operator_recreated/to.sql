CREATE FUNCTION near(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE RETURN abs(a - b) < 10;
-- now its own commutator, with estimators: created again, and the view that uses it with it
CREATE OPERATOR ~~ (FUNCTION = near, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = ~~,
                    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES);
CREATE TABLE points (x integer NOT NULL, y integer NOT NULL);
CREATE VIEW near_origin AS SELECT x, y FROM points WHERE x ~~ 0;
