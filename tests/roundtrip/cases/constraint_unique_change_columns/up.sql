-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - table public.users: drop unique constraint users_username_key to add it again [access-exclusive-lock]
ALTER TABLE public.users DROP CONSTRAINT users_username_key;

-- + table public.users: add again unique constraint users_username_key [access-exclusive-lock, index-build]
ALTER TABLE public.users ADD CONSTRAINT users_username_key UNIQUE (tenant_id, username) INCLUDE (id);
COMMENT ON CONSTRAINT users_username_key ON public.users IS 'Usernames are unique';
