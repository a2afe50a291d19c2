CREATE AGGREGATE public.total (integer) (SFUNC = int4pl, STYPE = integer);
