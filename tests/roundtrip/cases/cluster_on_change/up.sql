-- schemac migration: up
-- 2 steps; no hazards

-- ~ table public.events: cluster on events_kind
ALTER TABLE public.events CLUSTER ON events_kind;

-- ~ table public.users: no clustering index
ALTER TABLE public.users SET WITHOUT CLUSTER;
