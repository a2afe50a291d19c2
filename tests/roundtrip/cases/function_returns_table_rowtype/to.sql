CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0
);
CREATE FUNCTION public.rich_accounts(minimum numeric) RETURNS SETOF public.accounts
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM public.accounts WHERE balance >= minimum;
END;
CREATE FUNCTION public.account_emails() RETURNS TABLE(id integer, email text)
    LANGUAGE sql STABLE
    AS $$ SELECT id, email FROM public.accounts $$;
