-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- - function public.total(): drop function to create it again
DROP FUNCTION public.total();

-- ~ table public.accounts: alter column balance: type numeric(12,2) -> numeric(14,2) [access-exclusive-lock]
ALTER TABLE public.accounts ALTER COLUMN balance DROP DEFAULT;
ALTER TABLE public.accounts ALTER COLUMN balance TYPE numeric(14,2);
ALTER TABLE ONLY public.accounts ALTER COLUMN balance SET DEFAULT 0;

-- + function public.total(): create function again
CREATE OR REPLACE FUNCTION public.total()
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT COALESCE(sum(accounts.balance), (0)::numeric) AS "coalesce"
    FROM public.accounts;
END;
