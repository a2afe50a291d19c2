CREATE AGGREGATE public.total (bigint) (SFUNC = int8pl, STYPE = bigint);
