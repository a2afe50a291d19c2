-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, table-rewrite

-- ~ table public.products: alter column price: type numeric(12,4) -> numeric(8,2) [deletes-data, table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.products ALTER COLUMN price TYPE numeric(8,2);

-- ~ table public.products: alter column weight: type numeric -> numeric(10,3) [deletes-data, table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.products ALTER COLUMN weight TYPE numeric(10,3);
