-- schemac migration: up
-- 8 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - view public.on_m: drop view to create it again
DROP VIEW public.on_m;

-- - view public.q: drop view to create it again
DROP VIEW public.q;

-- - table public.d: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.d;

-- - table public.m: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.m;

-- + view public.d: create view
CREATE VIEW public.d (id) AS
SELECT 1 AS id;

-- + view public.q: create view again
CREATE VIEW public.q (id) AS
SELECT d.id
   FROM public.d;

-- + materialized view public.m: create materialized view
CREATE MATERIALIZED VIEW public.m (id) AS
SELECT 2 AS id
  WITH DATA;

-- + view public.on_m: create view again
CREATE VIEW public.on_m (id) AS
SELECT m.id
   FROM public.m;
