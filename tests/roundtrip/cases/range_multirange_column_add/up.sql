-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, index-build

-- + table public.groups: add column gaps public.agemultirange [access-exclusive-lock]
ALTER TABLE public.groups ADD COLUMN gaps public.agemultirange;

-- + index public.groups_ages: create index [index-build]
CREATE INDEX groups_ages ON public.groups USING gist (ages);

-- + function public.covers(public.groups, smallint): create function
CREATE OR REPLACE FUNCTION public.covers(g public.groups, age smallint)
 RETURNS boolean
 LANGUAGE sql
 STABLE
RETURN ((g).ages @> age);
