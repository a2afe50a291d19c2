CREATE TYPE public.mood AS ENUM ('calm', 'cross', 'glad');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood);
CREATE VIEW public.moods AS SELECT mood, count(*) AS how_many FROM public.people GROUP BY mood;
