-- schemac migration: down
-- 2 steps; hazards: deletes-data

-- - materialized view public.s: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.s;

-- + view public.s: create view
CREATE VIEW public.s (id, v) AS
SELECT t.id,
    upper(t.v) AS v
   FROM public.t;
