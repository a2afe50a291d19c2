-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- - table public.payments: drop foreign key payments_account_id_fkey [access-exclusive-lock]
ALTER TABLE public.payments DROP CONSTRAINT payments_account_id_fkey;

-- - table public.accounts: drop primary key accounts_pkey to add it again [access-exclusive-lock]
ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

-- + table public.payments: add column tenant_id integer NOT NULL [access-exclusive-lock]
ALTER TABLE public.payments ADD COLUMN tenant_id integer NOT NULL;

-- + table public.accounts: add again primary key accounts_pkey [access-exclusive-lock, index-build]
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (tenant_id, id);

-- + table public.payments: add foreign key payments_tenant_id_account_id_fkey [validates-constraint]
ALTER TABLE public.payments ADD CONSTRAINT payments_tenant_id_account_id_fkey FOREIGN KEY (tenant_id, account_id) REFERENCES public.accounts(tenant_id, id);
