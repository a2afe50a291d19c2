-- schemac migration: up
-- 2 steps; no hazards

-- - aggregate public.pick(double precision, double precision): drop aggregate to create it again
DROP AGGREGATE public.pick(double precision, double precision);

-- + aggregate public.pick(double precision, double precision): create aggregate again
CREATE OR REPLACE AGGREGATE public.pick(double precision ORDER BY double precision) (
    SFUNC = ordered_set_transition,
    STYPE = internal,
    FINALFUNC = percentile_disc_final,
    FINALFUNC_EXTRA
);
COMMENT ON AGGREGATE public.pick(double precision, double precision) IS 'a discrete percentile';
