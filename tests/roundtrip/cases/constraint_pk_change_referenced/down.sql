-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down, validates-constraint

-- - table public.payments: drop foreign key payments_tenant_id_account_id_fkey [access-exclusive-lock]
ALTER TABLE public.payments DROP CONSTRAINT payments_tenant_id_account_id_fkey;

-- - table public.accounts: drop primary key accounts_pkey to add it again [access-exclusive-lock]
ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

-- - table public.payments: drop column tenant_id [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.payments DROP COLUMN tenant_id;

-- + table public.accounts: add again primary key accounts_pkey [access-exclusive-lock, index-build]
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

-- + table public.payments: add foreign key payments_account_id_fkey [validates-constraint]
ALTER TABLE public.payments ADD CONSTRAINT payments_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);
