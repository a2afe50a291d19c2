-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.products: alter column price: set comment
COMMENT ON COLUMN public.products.price IS 'Unit price, excluding tax';
