-- schemac migration: down
-- 1 step; no hazards

-- ~ table public.products: alter column price: remove comment
COMMENT ON COLUMN public.products.price IS NULL;
