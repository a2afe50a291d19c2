-- schemac migration: down
-- 1 step; no hazards

-- + aggregate public.total(integer): create aggregate
CREATE OR REPLACE AGGREGATE public.total(integer) (
    SFUNC = int4pl,
    STYPE = integer
);
