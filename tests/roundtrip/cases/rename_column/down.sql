-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock

-- ~ table public.accounts: rename constraint "accounts_email_key" to "accounts_mail_key" [access-exclusive-lock]
ALTER TABLE public.accounts RENAME CONSTRAINT accounts_email_key TO accounts_mail_key;

-- ~ table public.accounts: rename constraint "accounts_amount_check" to "accounts_balance_check" [access-exclusive-lock]
ALTER TABLE public.accounts RENAME CONSTRAINT accounts_amount_check TO accounts_balance_check;

-- ~ table public.accounts: rename column "amount" to "balance" [access-exclusive-lock]
ALTER TABLE public.accounts RENAME COLUMN amount TO balance;

-- ~ table public.accounts: rename column "email" to "mail" [access-exclusive-lock]
ALTER TABLE public.accounts RENAME COLUMN email TO mail;
