-- schemac migration: up
-- 1 step; hazards: untracked-dependencies

-- + function public.account_emails(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.account_emails()
 RETURNS TABLE(id integer, email text)
 LANGUAGE sql
 STABLE
AS $function$ SELECT id, email FROM public.accounts $function$;
