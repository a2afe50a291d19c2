CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0
);
CREATE FUNCTION public.normalize_email(email text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(trim(email)) $$;
CREATE FUNCTION public.account_total() RETURNS numeric
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
  total numeric;
BEGIN
  SELECT sum(balance) INTO total FROM public.accounts;
  RETURN coalesce(total, 0);
END;
$$;
CREATE PROCEDURE public.credit(IN account integer, IN amount numeric DEFAULT 1)
    LANGUAGE sql
    AS $$ UPDATE public.accounts SET balance = balance + amount WHERE id = account $$;
COMMENT ON FUNCTION public.normalize_email(text) IS 'lower-case, trimmed';
