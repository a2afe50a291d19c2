CREATE TYPE public.intspan AS RANGE (subtype = integer);
CREATE TABLE public.t (id integer PRIMARY KEY, span public.intspan, spans public.intspan_multirange);
