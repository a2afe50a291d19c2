CREATE TABLE public.orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
CREATE FUNCTION public.add_positive(state numeric, value numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT RETURN state + greatest(value, 0);
CREATE AGGREGATE public.positive_sum (numeric) (
    SFUNC = public.add_positive,
    STYPE = numeric,
    INITCOND = '0',
    PARALLEL = SAFE
);
CREATE AGGREGATE public.concat_all (text) (SFUNC = textcat, STYPE = text, INITCOND = '');
CREATE VIEW public.customer_totals AS
    SELECT customer, public.positive_sum(total) AS total FROM public.orders GROUP BY customer;
COMMENT ON AGGREGATE public.positive_sum(numeric) IS 'sum of the positive values';
