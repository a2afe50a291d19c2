CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL);
