CREATE TYPE public.money_amount AS (amount numeric(12,2), currency char(3), rate numeric);
CREATE TABLE public.payments (id integer PRIMARY KEY, paid public.money_amount NOT NULL);
