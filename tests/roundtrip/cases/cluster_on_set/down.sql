-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.logins: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.logins;

-- ~ table public.events: no clustering index
ALTER TABLE public.events SET WITHOUT CLUSTER;

-- ~ table public.users: no clustering index
ALTER TABLE public.users SET WITHOUT CLUSTER;
