-- schemac migration: up
-- 3 steps; hazards: untracked-dependencies

-- + function public.account_total(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.account_total()
 RETURNS numeric
 LANGUAGE plpgsql
 STABLE
AS $function$
DECLARE
  total numeric;
BEGIN
  SELECT sum(balance) INTO total FROM public.accounts;
  RETURN coalesce(total, 0);
END;
$function$;

-- + function public.credit(integer, numeric): create procedure [untracked-dependencies]
CREATE OR REPLACE PROCEDURE public.credit(IN account integer, IN amount numeric DEFAULT 1)
 LANGUAGE sql
AS $procedure$ UPDATE public.accounts SET balance = balance + amount WHERE id = account $procedure$;

-- + function public.normalize_email(text): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.normalize_email(email text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT lower(trim(email)) $function$;
COMMENT ON FUNCTION public.normalize_email(text) IS 'lower-case, trimmed';
