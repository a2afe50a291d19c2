-- schemac migration: down
-- 3 steps; no hazards

-- - view public.item_count: drop view
DROP VIEW public.item_count;

-- - aggregate public."Count All"(): drop aggregate
DROP AGGREGATE public."Count All"(*);

-- ~ aggregate public.tally(): alter aggregate: replace definition, remove comment
CREATE OR REPLACE AGGREGATE public.tally(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '0'
);
COMMENT ON AGGREGATE public.tally(*) IS NULL;
