CREATE TYPE public.point3 AS (x double precision, y double precision, z double precision);
CREATE FUNCTION public.norm(p public.point3) RETURNS double precision LANGUAGE sql IMMUTABLE
  RETURN sqrt(p.x * p.x + p.y * p.y + p.z * p.z);
CREATE VIEW public.unit AS SELECT public.norm(ROW(1, 0, 0)::public.point3) AS n;
