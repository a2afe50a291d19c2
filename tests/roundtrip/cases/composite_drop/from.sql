CREATE TYPE public.range_pair AS (low integer, high integer);
CREATE TABLE public.t (id integer PRIMARY KEY, r public.range_pair);
