-- schemac migration: up
-- 1 step; no hazards

-- + view public.v: create view
CREATE VIEW public.v (id, name, n) AS
SELECT t.id,
    t.name,
    count(*) AS n
   FROM public.t
  GROUP BY t.id;
