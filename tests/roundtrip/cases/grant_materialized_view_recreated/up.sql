-- schemac migration: up
-- 5 steps; hazards: authz-change, deletes-data

-- - materialized view public.totals: drop materialized view to create it again [deletes-data]
DROP MATERIALIZED VIEW public.totals;

-- + materialized view public.totals: create materialized view again
CREATE MATERIALIZED VIEW public.totals (region, total, n) AS
SELECT sales.region,
    sum(sales.amount) AS total,
    count(*) AS n
   FROM public.sales
  GROUP BY sales.region
  WITH DATA;

-- ~ materialized view public.totals: privileges of the new object: grant privileges [authz-change]
GRANT SELECT (n) ON TABLE public.totals TO app_user;

-- ~ materialized view public.totals: privileges of the new object: grant privileges [authz-change]
GRANT SELECT (region) ON TABLE public.totals TO app_user;

-- ~ materialized view public.totals: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE public.totals TO app_user;
GRANT SELECT ON TABLE public.totals TO auditor;
