-- schemac migration: down
-- 2 steps; no hazards

-- - aggregate public.pick(double precision, double precision): drop aggregate to create it again
DROP AGGREGATE public.pick(double precision, double precision);

-- + aggregate public.pick(double precision, double precision): create aggregate again
CREATE OR REPLACE AGGREGATE public.pick(double precision, double precision) (
    SFUNC = public.pick_step,
    STYPE = double precision
);
COMMENT ON AGGREGATE public.pick(double precision, double precision) IS 'sums its first argument';
