-- schemac migration: down
-- 8 steps; hazards: deletes-data

-- - view public.on_m: drop view to create it again
DROP VIEW public.on_m;

-- - materialized view public.m: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.m;

-- - view public.q: drop view to create it again
DROP VIEW public.q;

-- - view public.d: drop view
DROP VIEW public.d;

-- + table public.d: create table (1 column, 0 constraints)
CREATE TABLE public.d (
    id integer
);

-- + table public.m: create table (1 column, 0 constraints)
CREATE TABLE public.m (
    id integer
);

-- + view public.on_m: create view again
CREATE VIEW public.on_m (id) AS
SELECT m.id
   FROM public.m;

-- + view public.q: create view again
CREATE VIEW public.q (id) AS
SELECT d.id
   FROM public.d;
