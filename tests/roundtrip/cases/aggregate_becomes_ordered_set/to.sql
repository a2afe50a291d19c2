CREATE FUNCTION pick_step(s double precision, a double precision, b double precision)
  RETURNS double precision LANGUAGE sql IMMUTABLE RETURN s + a;

-- The same argument types, the first one direct now: an ordered-set aggregate, which CREATE OR
-- REPLACE AGGREGATE cannot make of a normal one.
CREATE AGGREGATE pick(double precision ORDER BY double precision) (
  SFUNC = ordered_set_transition,
  STYPE = internal,
  FINALFUNC = percentile_disc_final,
  FINALFUNC_EXTRA
);
COMMENT ON AGGREGATE pick(double precision, double precision) IS 'a discrete percentile';
