-- schemac migration: up
-- 5 steps; hazards: index-build

-- + table public.logins: create table (4 columns, 1 constraint)
CREATE TABLE public.logins (
    user_name text NOT NULL,
    CONSTRAINT logins_pkey PRIMARY KEY (id)
) INHERITS (public.events);

-- + table public.payments: create table (4 columns, 0 constraints)
CREATE TABLE public.payments (
    kind text DEFAULT 'payment'::text NOT NULL,
    amount numeric
) INHERITS (public.events);

-- + table public.tagged: create table (1 column, 0 constraints)
CREATE TABLE public.tagged (
    tags text[]
);

-- + table public.tagged_logins: create table (5 columns, 0 constraints)
CREATE TABLE public.tagged_logins () INHERITS (public.logins, public.tagged);
COMMENT ON TABLE public.tagged_logins IS 'logins with tags';

-- + index public.logins_at_idx: create index [index-build]
CREATE INDEX logins_at_idx ON public.logins USING btree (at);
