CREATE AGGREGATE public.total (integer) (SFUNC = int4pl, STYPE = integer);
CREATE AGGREGATE public.total (bigint) (SFUNC = int8pl, STYPE = bigint);
