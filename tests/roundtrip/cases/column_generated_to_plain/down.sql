-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, table-rewrite

-- - table public.order_lines: drop column line_total to add it again with its new expression [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.order_lines DROP COLUMN line_total;

-- + table public.order_lines: add again column line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED [table-rewrite, access-exclusive-lock]
ALTER TABLE public.order_lines ADD COLUMN line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED;
