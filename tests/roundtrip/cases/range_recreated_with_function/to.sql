CREATE FUNCTION public.numeric_diff(a numeric, b numeric) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT
  RETURN (a - b)::float8;
CREATE TYPE public.numspan AS RANGE (subtype = numeric, subtype_diff = public.numeric_diff);
CREATE FUNCTION public.span_of(a numeric, b numeric) RETURNS public.numspan LANGUAGE sql IMMUTABLE
  RETURN public.numspan(a, b);
CREATE VIEW public.unit_span AS SELECT public.span_of(0, 1) AS s;
