CREATE TYPE public.money2 AS (amount numeric, currency char(3), rounded boolean);
CREATE TYPE public.line AS (sku text, price public.money2, quantity integer, note text);
CREATE TABLE public.orders (id integer PRIMARY KEY, lines public.line[] NOT NULL DEFAULT '{}');
