CREATE SCHEMA geo;
CREATE FUNCTION geo.near(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE RETURN abs(a - b) < 10;
CREATE OPERATOR geo.~~ (FUNCTION = geo.near, LEFTARG = int, RIGHTARG = int4,
                        COMMUTATOR = OPERATOR(geo.~~), RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR geo.~~ (integer, integer) IS 'within ten of each other';
-- a check and a view that use it come after it
CREATE TABLE geo.points (x integer NOT NULL, y integer NOT NULL, CHECK (x OPERATOR(geo.~~) y));
CREATE VIEW geo.near_origin AS SELECT x, y FROM geo.points WHERE x OPERATOR(geo.~~) 0;
