CREATE TABLE public.orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
