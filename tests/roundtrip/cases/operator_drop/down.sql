-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, validates-constraint

-- + function geo.near(integer, integer): create function
CREATE OR REPLACE FUNCTION geo.near(a integer, b integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (abs((a - b)) < 10);

-- + operator geo.~~(integer, integer): create operator
CREATE OPERATOR geo.~~ (FUNCTION = geo.near, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(geo.~~), RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR geo.~~ (integer, integer) IS 'within ten of each other';

-- + table geo.points: add check constraint points_check [access-exclusive-lock, validates-constraint]
ALTER TABLE geo.points ADD CONSTRAINT points_check CHECK ((x OPERATOR(geo.~~) y));

-- + view geo.near_origin: create view
CREATE VIEW geo.near_origin (x, y) AS
SELECT points.x,
    points.y
   FROM geo.points
  WHERE (points.x OPERATOR(geo.~~) 0);
