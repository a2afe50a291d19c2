-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down

-- - table public.order_items: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.order_items;

-- + table public.order_lines: create table (3 columns, 3 constraints)
CREATE TABLE public.order_lines (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    quantity integer NOT NULL,
    CONSTRAINT order_lines_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id),
    CONSTRAINT order_lines_pkey PRIMARY KEY (id),
    CONSTRAINT order_lines_quantity_check CHECK ((quantity > 0))
);

-- + index public.order_lines_customer_id_idx: create index [index-build]
CREATE INDEX order_lines_customer_id_idx ON public.order_lines USING btree (customer_id);
