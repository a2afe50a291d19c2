-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- + table public.order_lines: add column line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED [table-rewrite, access-exclusive-lock]
ALTER TABLE public.order_lines ADD COLUMN line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED;
