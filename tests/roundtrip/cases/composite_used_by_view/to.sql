CREATE TYPE public.point2 AS (x integer, y integer, label text);
CREATE TABLE public.shapes (id integer PRIMARY KEY, corner public.point2);
CREATE VIEW public.xs AS SELECT id, (corner).x AS x, (corner).label AS label FROM public.shapes;
