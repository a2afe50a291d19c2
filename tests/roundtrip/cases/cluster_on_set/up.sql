-- schemac migration: up
-- 5 steps; hazards: index-build

-- ~ table public.events: cluster on events_at
ALTER TABLE public.events CLUSTER ON events_at;

-- ~ table public.users: cluster on users_pkey
ALTER TABLE public.users CLUSTER ON users_pkey;

-- + table public.logins: create table (2 columns, 0 constraints)
CREATE TABLE public.logins (
    user_id bigint NOT NULL,
    at timestamp with time zone NOT NULL
);

-- + index public.logins_user_at: create index [index-build]
CREATE INDEX logins_user_at ON public.logins USING btree (user_id, at);

-- ~ table public.logins: cluster on logins_user_at
ALTER TABLE public.logins CLUSTER ON logins_user_at;
