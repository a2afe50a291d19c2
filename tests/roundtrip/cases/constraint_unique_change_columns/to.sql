CREATE TABLE public.users (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    username text NOT NULL,
    CONSTRAINT users_username_key UNIQUE (tenant_id, username) INCLUDE (id)
);

COMMENT ON CONSTRAINT users_username_key ON public.users IS 'Usernames are unique';
