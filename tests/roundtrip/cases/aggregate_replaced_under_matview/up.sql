-- schemac migration: up
-- 1 step; no hazards

-- ~ aggregate public.total(integer): alter aggregate: replace definition
CREATE OR REPLACE AGGREGATE public.total(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0'
);
