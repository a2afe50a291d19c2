CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric(10,2) NOT NULL
);
CREATE MATERIALIZED VIEW public.customer_totals WITH (fillfactor = 90) AS
  SELECT customer, sum(total) AS total, count(*) AS orders FROM public.orders GROUP BY customer;
CREATE UNIQUE INDEX customer_totals_customer ON public.customer_totals (customer);
CREATE VIEW public.big_customers AS SELECT customer FROM public.customer_totals WHERE total > 100;
COMMENT ON MATERIALIZED VIEW public.customer_totals IS 'refreshed nightly';
COMMENT ON COLUMN public.customer_totals.orders IS 'how many orders';
