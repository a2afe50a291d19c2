-- schemac migration: down
-- 1 step; no hazards

-- - function public.account_emails(): drop function
DROP FUNCTION public.account_emails();
