-- schemac migration: up
-- 1 step; no hazards

-- + table public.categories: create table (3 columns, 2 constraints)
CREATE TABLE public.categories (
    id integer NOT NULL,
    parent_id integer,
    name text NOT NULL,
    CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories(id) ON DELETE CASCADE,
    CONSTRAINT categories_pkey PRIMARY KEY (id)
);
