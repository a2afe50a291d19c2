-- schemac migration: up
-- 2 steps; no hazards

-- ~ composite type public.point2: alter composite type: add attribute label
ALTER TYPE public.point2 ADD ATTRIBUTE label text;

-- ~ view public.xs: alter view: replace query, add columns
CREATE OR REPLACE VIEW public.xs (id, x, label) AS
SELECT shapes.id,
    (shapes.corner).x AS x,
    (shapes.corner).label AS label
   FROM public.shapes;
