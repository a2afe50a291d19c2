-- schemac migration: down
-- 2 steps; no hazards

-- + aggregate public.total(integer): create aggregate
CREATE OR REPLACE AGGREGATE public.total(integer) (
    SFUNC = int4pl,
    STYPE = integer
);

-- ~ view public.totals: alter view: replace query
CREATE OR REPLACE VIEW public.totals (total) AS
SELECT public.total(t.v) AS total
   FROM public.t;
