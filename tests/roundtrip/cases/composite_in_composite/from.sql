CREATE TYPE public.money2 AS (amount numeric, currency char(3));
CREATE TYPE public.line AS (sku text, price public.money2, quantity integer);
CREATE TABLE public.orders (id integer PRIMARY KEY, lines public.line[] NOT NULL DEFAULT '{}');
