-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.products: alter column price: type numeric(8,2) -> numeric(12,4) [table-rewrite, access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN price TYPE numeric(12,4);

-- ~ table public.products: alter column weight: type numeric(10,3) -> numeric [access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN weight TYPE numeric;
