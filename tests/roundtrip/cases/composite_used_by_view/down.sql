-- schemac migration: down
-- 3 steps; hazards: deletes-data

-- - view public.xs: drop view to create it again
DROP VIEW public.xs;

-- ~ composite type public.point2: alter composite type: drop attribute label [deletes-data]
ALTER TYPE public.point2 DROP ATTRIBUTE label;

-- + view public.xs: create view again
CREATE VIEW public.xs (id, x) AS
SELECT shapes.id,
    (shapes.corner).x AS x
   FROM public.shapes;
