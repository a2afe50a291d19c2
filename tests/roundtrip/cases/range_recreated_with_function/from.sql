CREATE TYPE public.numspan AS RANGE (subtype = numeric);
CREATE FUNCTION public.span_of(a numeric, b numeric) RETURNS public.numspan LANGUAGE sql IMMUTABLE
  RETURN public.numspan(a, b);
CREATE VIEW public.unit_span AS SELECT public.span_of(0, 1) AS s;
