-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock

-- ~ table public.accounts: rename column "mail" to "email" [access-exclusive-lock]
ALTER TABLE public.accounts RENAME COLUMN mail TO email;

-- ~ table public.accounts: rename column "balance" to "amount" [access-exclusive-lock]
ALTER TABLE public.accounts RENAME COLUMN balance TO amount;

-- ~ table public.accounts: rename constraint "accounts_balance_check" to "accounts_amount_check" [access-exclusive-lock]
ALTER TABLE public.accounts RENAME CONSTRAINT accounts_balance_check TO accounts_amount_check;

-- ~ table public.accounts: rename constraint "accounts_mail_key" to "accounts_email_key" [access-exclusive-lock]
ALTER TABLE public.accounts RENAME CONSTRAINT accounts_mail_key TO accounts_email_key;
