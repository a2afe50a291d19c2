-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, index-build, table-rewrite

-- - index public.order_lines_line_total_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX public.order_lines_line_total_idx;

-- - table public.order_lines: drop column line_total to add it again with its new expression [access-exclusive-lock]
ALTER TABLE public.order_lines DROP COLUMN line_total;

-- + table public.order_lines: add again column line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED [table-rewrite, access-exclusive-lock]
ALTER TABLE public.order_lines ADD COLUMN line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED;

-- + index public.order_lines_line_total_idx: create index again [index-build]
CREATE INDEX order_lines_line_total_idx ON public.order_lines USING btree (line_total);
