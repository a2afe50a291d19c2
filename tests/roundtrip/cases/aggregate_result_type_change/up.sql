-- schemac migration: up
-- 4 steps; no hazards

-- - view public.sums: drop view to create it again
DROP VIEW public.sums;

-- - aggregate public.total(integer): drop aggregate to create it again
DROP AGGREGATE public.total(integer);

-- + aggregate public.total(integer): create aggregate again
CREATE OR REPLACE AGGREGATE public.total(integer) (
    SFUNC = int84pl,
    STYPE = bigint,
    INITCOND = '0'
);

-- + view public.sums: create view again
CREATE VIEW public.sums (s) AS
SELECT public.total(t.v) AS s
   FROM public.t;
