-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down

-- - table public.order_lines: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.order_lines;

-- + table public.order_items: create table (3 columns, 3 constraints)
CREATE TABLE public.order_items (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    quantity integer NOT NULL,
    CONSTRAINT order_items_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id),
    CONSTRAINT order_items_pkey PRIMARY KEY (id),
    CONSTRAINT order_items_quantity_check CHECK ((quantity > 0))
);

-- + index public.order_items_customer_id_idx: create index [index-build]
CREATE INDEX order_items_customer_id_idx ON public.order_items USING btree (customer_id);
