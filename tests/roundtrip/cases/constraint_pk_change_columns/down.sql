-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - table public.memberships: drop primary key memberships_pkey to add it again [access-exclusive-lock]
ALTER TABLE public.memberships DROP CONSTRAINT memberships_pkey;

-- + table public.memberships: add again primary key memberships_pkey [access-exclusive-lock, index-build]
ALTER TABLE public.memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (id);
