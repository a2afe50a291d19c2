-- A new initial state: CREATE OR REPLACE AGGREGATE keeps the view that uses it.
CREATE AGGREGATE public.product (numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '10');
CREATE VIEW public.unit AS SELECT public.product(x) AS p FROM (VALUES (2::numeric), (3)) AS v(x);
COMMENT ON AGGREGATE public.product(numeric) IS 'ten times the product';
