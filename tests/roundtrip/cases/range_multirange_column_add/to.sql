CREATE TYPE public.agerange AS RANGE (subtype = smallint);
CREATE TABLE public.groups (id integer PRIMARY KEY, ages public.agerange, gaps public.agemultirange);
CREATE INDEX groups_ages ON public.groups USING gist (ages);
CREATE FUNCTION public.covers(g public.groups, age smallint) RETURNS boolean LANGUAGE sql STABLE
    RETURN g.ages @> age;
