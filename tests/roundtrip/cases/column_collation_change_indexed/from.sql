CREATE TABLE public.products (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);

CREATE INDEX products_code_pattern_idx ON public.products (code text_pattern_ops);
