-- schemac migration: up
-- 2 steps; hazards: index-build

-- + index public.orders_big_idx: create index [index-build]
CREATE INDEX orders_big_idx ON public.orders USING btree (total) WHERE (total > (1000)::numeric);

-- + index public.orders_region_id_key: create index [index-build]
CREATE UNIQUE INDEX orders_region_id_key ON public.orders USING btree (region, id);
