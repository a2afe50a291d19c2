CREATE TABLE public.accounts (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES public.accounts
);
