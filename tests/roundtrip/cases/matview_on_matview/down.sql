-- schemac migration: down
-- 4 steps; hazards: deletes-data

-- - materialized view public.top_regions: drop materialized view to create it again [deletes-data]
DROP MATERIALIZED VIEW public.top_regions;

-- - materialized view public.region_totals: drop materialized view to create it again [deletes-data]
DROP MATERIALIZED VIEW public.region_totals;

-- + materialized view public.region_totals: create materialized view again
CREATE MATERIALIZED VIEW public.region_totals (region, total) AS
SELECT sales.region,
    sum(sales.amount) AS total
   FROM public.sales
  GROUP BY sales.region
  WITH DATA;

-- + materialized view public.top_regions: create materialized view again
CREATE MATERIALIZED VIEW public.top_regions (region) AS
SELECT region_totals.region
   FROM public.region_totals
  WHERE (region_totals.total > (100)::numeric)
  WITH DATA;
