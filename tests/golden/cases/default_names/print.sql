-- tables
CREATE TABLE public.customers (
    id integer NOT NULL,
    orders_id integer,
    CONSTRAINT customers_orders_id_check CHECK (orders_id > 0),
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);
CREATE TABLE public.mixed_checks (
    a integer,
    b integer,
    CONSTRAINT mixed_checks_a_check CHECK (a > 0),
    CONSTRAINT mixed_checks_a_check1 CHECK (a < 100)
);
CREATE TABLE public.orders (
    id integer NOT NULL,
    code text,
    amount numeric,
    lower_bound integer,
    upper_bound integer,
    customer_id integer,
    region text,
    CONSTRAINT orders_amount_check CHECK (amount > 0),
    CONSTRAINT orders_check CHECK (lower_bound < upper_bound),
    CONSTRAINT orders_code_key UNIQUE (code),
    CONSTRAINT orders_code_region_amount_key UNIQUE (code, region) INCLUDE (amount),
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_region_code_key UNIQUE (region, code)
);
CREATE TABLE public.orders_customer (
    id integer NOT NULL,
    CONSTRAINT orders_customer_pkey PRIMARY KEY (id)
);
CREATE TABLE public.people (
    age integer,
    tags text[] DEFAULT array['new', 'unverified'],
    CONSTRAINT people_age_check CHECK (age >= 0 and age < 150)
);

-- indexes
CREATE UNIQUE INDEX orders_code_idx ON public.orders USING btree (code) WHERE amount > 100;
CREATE INDEX orders_expr_idx ON public.orders USING btree ((lower_bound + upper_bound));
CREATE INDEX orders_lower_idx ON public.orders USING btree ((lower(region)));
CREATE INDEX orders_lower_lower1_idx ON public.orders USING btree ((lower(code)), (lower(region)));
CREATE INDEX orders_region_idx ON public.orders USING btree (region);
CREATE INDEX orders_region_idx1 ON public.orders USING btree (region);

-- constraints added after their tables
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
