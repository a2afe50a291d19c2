-- schemac migration: down
-- 1 step; hazards: index-build

-- + index public.orders_total_idx: create index [index-build]
CREATE INDEX orders_total_idx ON public.orders USING btree (total);
