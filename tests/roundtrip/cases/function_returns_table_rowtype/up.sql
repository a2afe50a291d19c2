-- schemac migration: up
-- 2 steps; hazards: untracked-dependencies

-- + function public.account_emails(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.account_emails()
 RETURNS TABLE(id integer, email text)
 LANGUAGE sql
 STABLE
AS $function$ SELECT id, email FROM public.accounts $function$;

-- + function public.rich_accounts(numeric): create function
CREATE OR REPLACE FUNCTION public.rich_accounts(minimum numeric)
 RETURNS SETOF public.accounts
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT accounts.id,
     accounts.email,
     accounts.balance
    FROM public.accounts
   WHERE (accounts.balance >= rich_accounts.minimum);
END;
