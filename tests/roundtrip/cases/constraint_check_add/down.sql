-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - table public.products: drop check constraint products_discount_le_price [access-exclusive-lock]
ALTER TABLE public.products DROP CONSTRAINT products_discount_le_price;

-- - table public.products: drop check constraint products_price_check [access-exclusive-lock]
ALTER TABLE public.products DROP CONSTRAINT products_price_check;
