CREATE TYPE public.agerange AS RANGE (subtype = smallint);
CREATE TABLE public.groups (id integer PRIMARY KEY, ages public.agerange);
