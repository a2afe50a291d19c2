-- schemac migration: down
-- 3 steps; hazards: index-build

-- + materialized view public.m: create materialized view
CREATE MATERIALIZED VIEW public.m (id, v) AS
SELECT t.id,
    t.v
   FROM public.t
  WITH DATA;
COMMENT ON MATERIALIZED VIEW public.m IS 'goes';

-- + index public.m_v: create index [index-build]
CREATE INDEX m_v ON public.m USING btree (v);

-- + view public.on_m: create view
CREATE VIEW public.on_m (v) AS
SELECT m.v
   FROM public.m;
