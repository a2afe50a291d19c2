-- schemac migration: down
-- 5 steps; hazards: index-build

-- - view public.on_s: drop view to create it again
DROP VIEW public.on_s;

-- - view public.s: drop view
DROP VIEW public.s;

-- + materialized view public.s: create materialized view
CREATE MATERIALIZED VIEW public.s (id, v) AS
SELECT t.id,
    t.v
   FROM public.t
  WITH DATA;

-- + index public.s_id: create index [index-build]
CREATE UNIQUE INDEX s_id ON public.s USING btree (id);

-- + view public.on_s: create view again
CREATE VIEW public.on_s (id) AS
SELECT s.id
   FROM public.s;
