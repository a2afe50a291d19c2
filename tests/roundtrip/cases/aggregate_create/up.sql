-- schemac migration: up
-- 4 steps; no hazards

-- + function public.add_positive(numeric, numeric): create function
CREATE OR REPLACE FUNCTION public.add_positive(state numeric, value numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN (state + GREATEST(value, (0)::numeric));

-- + aggregate public.concat_all(text): create aggregate
CREATE OR REPLACE AGGREGATE public.concat_all(text) (
    SFUNC = textcat,
    STYPE = text,
    INITCOND = ''
);

-- + aggregate public.positive_sum(numeric): create aggregate
CREATE OR REPLACE AGGREGATE public.positive_sum(numeric) (
    SFUNC = public.add_positive,
    STYPE = numeric,
    INITCOND = '0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE public.positive_sum(numeric) IS 'sum of the positive values';

-- + view public.customer_totals: create view
CREATE VIEW public.customer_totals (customer, total) AS
SELECT orders.customer,
    public.positive_sum(orders.total) AS total
   FROM public.orders
  GROUP BY orders.customer;
