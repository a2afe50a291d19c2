-- schemac migration: up
-- 3 steps; hazards: index-build

-- - view public.s: drop view
DROP VIEW public.s;

-- + materialized view public.s: create materialized view
CREATE MATERIALIZED VIEW public.s (id, v) AS
SELECT t.id,
    upper(t.v) AS v
   FROM public.t
  WITH DATA;

-- + index public.s_v: create index [index-build]
CREATE INDEX s_v ON public.s USING btree (v);
