CREATE TABLE public.regions (
    code text PRIMARY KEY
);

CREATE TABLE public.stores (
    id integer PRIMARY KEY,
    name text NOT NULL,
    region_code text REFERENCES public.regions
);
