-- schemac migration: up
-- 1 step; no hazards

-- ~ aggregate public.product(numeric): alter aggregate: replace definition, set comment
CREATE OR REPLACE AGGREGATE public.product(numeric) (
    SFUNC = numeric_mul,
    STYPE = numeric,
    INITCOND = '10'
);
COMMENT ON AGGREGATE public.product(numeric) IS 'ten times the product';
