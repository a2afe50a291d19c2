CREATE AGGREGATE public.total (integer) (SFUNC = int4pl, STYPE = integer);
COMMENT ON AGGREGATE public.total(integer) IS 'old';
