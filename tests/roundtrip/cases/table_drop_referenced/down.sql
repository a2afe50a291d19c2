-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, validates-constraint

-- + table public.regions: create table (1 column, 1 constraint)
CREATE TABLE public.regions (
    code text NOT NULL,
    CONSTRAINT regions_pkey PRIMARY KEY (code)
);

-- + table public.stores: add column region_code text [access-exclusive-lock]
ALTER TABLE public.stores ADD COLUMN region_code text;

-- + table public.stores: add foreign key stores_region_code_fkey [validates-constraint]
ALTER TABLE public.stores ADD CONSTRAINT stores_region_code_fkey FOREIGN KEY (region_code) REFERENCES public.regions(code);
