CREATE FUNCTION pick_step(s double precision, a double precision, b double precision)
  RETURNS double precision LANGUAGE sql IMMUTABLE RETURN s + a;

-- A normal aggregate of two arguments.
CREATE AGGREGATE pick(double precision, double precision) (
  SFUNC = pick_step,
  STYPE = double precision
);
COMMENT ON AGGREGATE pick(double precision, double precision) IS 'sums its first argument';
