-- schemac migration: up
-- 4 steps; no hazards

-- - view public.near_origin: drop view to create it again
DROP VIEW public.near_origin;

-- - operator public.~~(integer, integer): drop operator to create it again
DROP OPERATOR public.~~ (integer, integer);

-- + operator public.~~(integer, integer): create operator again
CREATE OPERATOR public.~~ (FUNCTION = public.near, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(public.~~), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES);

-- + view public.near_origin: create view again
CREATE VIEW public.near_origin (x, y) AS
SELECT points.x,
    points.y
   FROM public.points
  WHERE (points.x OPERATOR(public.~~) 0);
