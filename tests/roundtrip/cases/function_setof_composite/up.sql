-- schemac migration: up
-- 3 steps; hazards: untracked-dependencies

-- + composite type public.pair: create composite type
CREATE TYPE public.pair AS (
    id integer,
    v text
);

-- + function public.pairs(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.pairs()
 RETURNS SETOF public.pair
 LANGUAGE sql
 STABLE
AS $function$ SELECT id, v FROM public.t $function$;

-- + view public.all_pairs: create view
CREATE VIEW public.all_pairs (id, v) AS
SELECT pairs.id,
    pairs.v
   FROM public.pairs() pairs(id, v);
