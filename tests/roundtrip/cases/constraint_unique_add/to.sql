CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    tenant_id integer NOT NULL,
    username text NOT NULL,
    CONSTRAINT users_tenant_username_key UNIQUE (tenant_id, username)
);
