CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0
);
CREATE VIEW public.positive AS SELECT id, balance FROM public.accounts WHERE balance > 0;
CREATE FUNCTION public.positive_total() RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(balance), 0) FROM public.positive;
END;
CREATE VIEW public.summary AS SELECT public.positive_total() AS total;
