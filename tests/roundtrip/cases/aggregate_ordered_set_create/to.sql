CREATE TABLE scores (id integer PRIMARY KEY, player text NOT NULL, score double precision);

-- An ordered-set aggregate: one direct argument, one aggregated.
CREATE AGGREGATE pct(fraction double precision ORDER BY value double precision) (
  SFUNC = ordered_set_transition,
  STYPE = internal,
  FINALFUNC = percentile_disc_final,
  FINALFUNC_EXTRA
);
COMMENT ON AGGREGATE pct(double precision ORDER BY double precision) IS 'a discrete percentile';

-- A hypothetical-set aggregate: VARIADIC "any" on both sides is one argument.
CREATE AGGREGATE "rank of"(VARIADIC "any" ORDER BY VARIADIC "any") (
  SFUNC = ordered_set_transition_multi,
  STYPE = internal,
  FINALFUNC = rank_final,
  FINALFUNC_EXTRA,
  HYPOTHETICAL
);
COMMENT ON AGGREGATE "rank of"("any") IS 'the rank a score would have';

-- No direct argument, and FINALFUNC_MODIFY other than the default of ordered-set aggregates.
CREATE AGGREGATE most_common(ORDER BY anyelement) (
  SFUNC = ordered_set_transition,
  STYPE = internal,
  FINALFUNC = mode_final,
  FINALFUNC_EXTRA,
  FINALFUNC_MODIFY = READ_ONLY
);

CREATE VIEW score_summary AS
  SELECT pct(0.5) WITHIN GROUP (ORDER BY score) AS median,
         "rank of"(10.0) WITHIN GROUP (ORDER BY score) AS rank_of_ten,
         most_common() WITHIN GROUP (ORDER BY player) AS usual_player
  FROM scores;
