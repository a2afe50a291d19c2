-- tables
CREATE TABLE public.accounts (
    id bigint NOT NULL,
    email text NOT NULL,
    display_name character varying(80),
    balance numeric(12,2) DEFAULT 0 NOT NULL,
    active boolean DEFAULT true,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT accounts_email_key UNIQUE (email),
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
