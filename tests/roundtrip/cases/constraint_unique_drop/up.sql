-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- - table public.users: drop unique constraint users_email_key [access-exclusive-lock]
ALTER TABLE public.users DROP CONSTRAINT users_email_key;

-- - table public.users: drop unique constraint users_tenant_username_key [access-exclusive-lock]
ALTER TABLE public.users DROP CONSTRAINT users_tenant_username_key;
