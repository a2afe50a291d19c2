-- A state type of bigint gives another result type: the aggregate is dropped and created again,
-- with the view that uses it.
CREATE TABLE public.t (id integer PRIMARY KEY, v integer);
CREATE AGGREGATE public.total (integer) (SFUNC = int84pl, STYPE = bigint, INITCOND = '0');
CREATE VIEW public.sums AS SELECT public.total(v) AS s FROM public.t;
