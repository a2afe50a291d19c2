CREATE TABLE public.currencies (
    id integer PRIMARY KEY,
    code char(3) NOT NULL,
    name text NOT NULL,
    CONSTRAINT currencies_code_key UNIQUE NULLS NOT DISTINCT (code) INCLUDE (name)
);

CREATE TABLE public.prices (
    id integer PRIMARY KEY,
    amount numeric(12, 2) NOT NULL,
    currency char(3) NOT NULL REFERENCES public.currencies (code)
);
