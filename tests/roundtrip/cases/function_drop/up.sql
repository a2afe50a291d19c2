-- schemac migration: up
-- 3 steps; no hazards

-- - function public.account_total(): drop function
DROP FUNCTION public.account_total();

-- - function public.credit(integer, numeric): drop procedure
DROP PROCEDURE public.credit(integer, numeric);

-- - function public.normalize_email(text): drop function
DROP FUNCTION public.normalize_email(text);
