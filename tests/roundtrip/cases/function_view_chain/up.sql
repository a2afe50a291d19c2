-- schemac migration: up
-- 3 steps; no hazards

-- + view public.positive: create view
CREATE VIEW public.positive (id, balance) AS
SELECT accounts.id,
    accounts.balance
   FROM public.accounts
  WHERE (accounts.balance > (0)::numeric);

-- + function public.positive_total(): create function
CREATE OR REPLACE FUNCTION public.positive_total()
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT COALESCE(sum(positive.balance), (0)::numeric) AS "coalesce"
    FROM public.positive;
END;

-- + view public.summary: create view
CREATE VIEW public.summary (total) AS
SELECT public.positive_total() AS total;
