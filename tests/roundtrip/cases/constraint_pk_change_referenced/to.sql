CREATE TABLE public.accounts (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (tenant_id, id)
);

CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    account_id integer NOT NULL,
    FOREIGN KEY (tenant_id, account_id) REFERENCES public.accounts
);
