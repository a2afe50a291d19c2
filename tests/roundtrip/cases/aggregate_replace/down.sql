-- schemac migration: down
-- 1 step; no hazards

-- ~ aggregate public.product(numeric): alter aggregate: replace definition, remove comment
CREATE OR REPLACE AGGREGATE public.product(numeric) (
    SFUNC = numeric_mul,
    STYPE = numeric,
    INITCOND = '1'
);
COMMENT ON AGGREGATE public.product(numeric) IS NULL;
