-- schemac migration: down
-- 2 steps; no hazards

-- - function public.account_emails(): drop function
DROP FUNCTION public.account_emails();

-- - function public.rich_accounts(numeric): drop function
DROP FUNCTION public.rich_accounts(numeric);
