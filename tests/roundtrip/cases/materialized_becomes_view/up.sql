-- schemac migration: up
-- 4 steps; hazards: deletes-data

-- - view public.on_s: drop view to create it again
DROP VIEW public.on_s;

-- - materialized view public.s: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.s;

-- + view public.s: create view
CREATE VIEW public.s (id, v) AS
SELECT t.id,
    t.v
   FROM public.t;

-- + view public.on_s: create view again
CREATE VIEW public.on_s (id) AS
SELECT s.id
   FROM public.s;
