-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- + table public.products: add check constraint products_discount_le_price [access-exclusive-lock, validates-constraint]
ALTER TABLE public.products ADD CONSTRAINT products_discount_le_price CHECK (((discount >= (0)::numeric) AND (discount <= price)));

-- + table public.products: add check constraint products_price_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK ((price > (0)::numeric));
