-- tables
CREATE TABLE public.accounts (
    id integer NOT NULL,
    email text NOT NULL,
    code text,
    CONSTRAINT accounts_code_key UNIQUE (code) DEFERRABLE,
    CONSTRAINT accounts_email_idx UNIQUE (email) INCLUDE (code),
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
CREATE TABLE public.tags (
    name text NOT NULL,
    CONSTRAINT tags_name_idx PRIMARY KEY (name)
);
