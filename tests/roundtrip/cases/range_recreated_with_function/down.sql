-- schemac migration: down
-- 7 steps; no hazards

-- - view public.unit_span: drop view to create it again
DROP VIEW public.unit_span;

-- - function public.span_of(numeric, numeric): drop function to create it again
DROP FUNCTION public.span_of(numeric, numeric);

-- - range type public.numspan: drop range type to create it again
DROP TYPE public.numspan;

-- - function public.numeric_diff(numeric, numeric): drop function
DROP FUNCTION public.numeric_diff(numeric, numeric);

-- + range type public.numspan: create range type again
CREATE TYPE public.numspan AS RANGE (
    SUBTYPE = numeric,
    MULTIRANGE_TYPE_NAME = public.numspan_multirange
);

-- + function public.span_of(numeric, numeric): create function again
CREATE OR REPLACE FUNCTION public.span_of(a numeric, b numeric)
 RETURNS public.numspan
 LANGUAGE sql
 IMMUTABLE
RETURN public.numspan(a, b);

-- + view public.unit_span: create view again
CREATE VIEW public.unit_span (s) AS
SELECT public.span_of((0)::numeric, (1)::numeric) AS s;
