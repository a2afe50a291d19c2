CREATE TABLE public.source (c integer, b text, d integer DEFAULT 1);
