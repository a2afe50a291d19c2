-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, index-build, table-rewrite

-- - index public.items_total: drop index to create it again [access-exclusive-lock]
DROP INDEX public.items_total;

-- - table public.items: drop column total to add it again after what its expression uses changes [access-exclusive-lock]
ALTER TABLE public.items DROP COLUMN total;

-- ~ table public.items: alter column price: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.items ALTER COLUMN price TYPE integer;

-- + table public.items: add again column total integer GENERATED ALWAYS AS ((price * 2)) STORED [table-rewrite, access-exclusive-lock]
ALTER TABLE public.items ADD COLUMN total integer GENERATED ALWAYS AS ((price * 2)) STORED;
COMMENT ON COLUMN public.items.total IS 'twice the price';

-- + index public.items_total: create index again [index-build]
CREATE INDEX items_total ON public.items USING btree (total);
