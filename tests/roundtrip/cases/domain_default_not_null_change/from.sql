CREATE DOMAIN public.quantity AS integer DEFAULT 1 NOT NULL;
CREATE TABLE public.lines (id integer PRIMARY KEY, amount public.quantity);
