-- schemac migration: down
-- 2 steps; no hazards

-- ~ table public.events: cluster on events_at
ALTER TABLE public.events CLUSTER ON events_at;

-- ~ table public.users: cluster on users_pkey
ALTER TABLE public.users CLUSTER ON users_pkey;
