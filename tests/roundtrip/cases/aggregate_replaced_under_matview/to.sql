-- Replaced in place: the materialized view that uses it stays, with its rows.
CREATE TABLE public.t (id integer PRIMARY KEY, v integer);
CREATE AGGREGATE public.total (integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE MATERIALIZED VIEW public.totals AS SELECT public.total(v) AS s FROM public.t;
