-- schemac migration: down
-- 2 steps; hazards: deletes-data

-- - view public.big_customers: drop view
DROP VIEW public.big_customers;

-- - materialized view public.customer_totals: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.customer_totals;
