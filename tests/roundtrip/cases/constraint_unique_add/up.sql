-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, index-build

-- + table public.users: add unique constraint users_email_key [access-exclusive-lock, index-build]
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);

-- + table public.users: add unique constraint users_tenant_username_key [access-exclusive-lock, index-build]
ALTER TABLE public.users ADD CONSTRAINT users_tenant_username_key UNIQUE (tenant_id, username);
