-- schemac migration: up
-- 3 steps; no hazards

-- ~ aggregate public.tally(): alter aggregate: replace definition, set comment
CREATE OR REPLACE AGGREGATE public.tally(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '10'
);
COMMENT ON AGGREGATE public.tally(*) IS 'counts from ten';

-- + aggregate public."Count All"(): create aggregate
CREATE OR REPLACE AGGREGATE public."Count All"(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '0'
);
COMMENT ON AGGREGATE public."Count All"(*) IS 'counts';

-- + view public.item_count: create view
CREATE VIEW public.item_count (n) AS
SELECT public."Count All"(*) AS n
   FROM public.items;
