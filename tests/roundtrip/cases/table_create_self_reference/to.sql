CREATE TABLE public.settings (
    key text PRIMARY KEY
);

CREATE TABLE public.categories (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES public.categories ON DELETE CASCADE,
    name text NOT NULL
);
