-- schemas
CREATE SCHEMA extensions;

-- extensions
CREATE EXTENSION citext WITH SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA public;

-- tables
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email extensions.citext NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

-- comments
COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';
