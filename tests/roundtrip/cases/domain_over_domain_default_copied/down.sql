-- schemac migration: down
-- 5 steps; no hazards

-- - domain public.fraction: drop domain
DROP DOMAIN public.fraction;

-- - domain public.percent: drop domain
DROP DOMAIN public.percent;

-- - domain public.price: drop domain
DROP DOMAIN public.price;

-- - domain public.rate: drop domain
DROP DOMAIN public.rate;

-- ~ domain public.amount: alter domain: set default
ALTER DOMAIN public.amount SET DEFAULT 1;
