CREATE TYPE public.daterange2 AS RANGE (subtype = date);
COMMENT ON TYPE public.daterange2 IS 'old';
