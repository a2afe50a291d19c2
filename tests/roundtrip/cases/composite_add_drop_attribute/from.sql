CREATE TYPE public.money_amount AS (amount numeric(12,2), currency char(3), note text);
CREATE TABLE public.payments (id integer PRIMARY KEY, paid public.money_amount NOT NULL);
