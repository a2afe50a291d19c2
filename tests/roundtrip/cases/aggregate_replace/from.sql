CREATE AGGREGATE public.product (numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1');
CREATE VIEW public.unit AS SELECT public.product(x) AS p FROM (VALUES (2::numeric), (3)) AS v(x);
