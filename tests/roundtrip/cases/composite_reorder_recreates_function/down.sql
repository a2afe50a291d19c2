-- schemac migration: down
-- 6 steps; no hazards

-- - view public.unit: drop view to create it again
DROP VIEW public.unit;

-- - function public.norm(public.point3): drop function to create it again
DROP FUNCTION public.norm(public.point3);

-- - composite type public.point3: drop composite type to create it again
DROP TYPE public.point3;

-- + composite type public.point3: create composite type again
CREATE TYPE public.point3 AS (
    x double precision,
    y double precision,
    z double precision
);

-- + function public.norm(public.point3): create function again
CREATE OR REPLACE FUNCTION public.norm(p public.point3)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
RETURN sqrt(((((p).x * (p).x) + ((p).y * (p).y)) + ((p).z * (p).z)));

-- + view public.unit: create view again
CREATE VIEW public.unit (n) AS
SELECT public.norm(ROW((1)::double precision, (0)::double precision, (0)::double precision)::public.point3) AS n;
