-- schemac migration: up
-- 3 steps; hazards: index-build

-- + materialized view public.customer_totals: create materialized view
CREATE MATERIALIZED VIEW public.customer_totals (customer, total, orders) WITH (fillfactor='90') AS
SELECT orders.customer,
    sum(orders.total) AS total,
    count(*) AS orders
   FROM public.orders
  GROUP BY orders.customer
  WITH DATA;
COMMENT ON MATERIALIZED VIEW public.customer_totals IS 'refreshed nightly';
COMMENT ON COLUMN public.customer_totals.orders IS 'how many orders';

-- + index public.customer_totals_customer: create index [index-build]
CREATE UNIQUE INDEX customer_totals_customer ON public.customer_totals USING btree (customer);

-- + view public.big_customers: create view
CREATE VIEW public.big_customers (customer) AS
SELECT customer_totals.customer
   FROM public.customer_totals
  WHERE (customer_totals.total > (100)::numeric);
