-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.members: rename table "users" to "members" [access-exclusive-lock]
ALTER TABLE public.users RENAME TO members;

-- ~ table public.members: rename constraint "users_pkey" to "members_pkey" [access-exclusive-lock]
ALTER TABLE public.members RENAME CONSTRAINT users_pkey TO members_pkey;

-- ~ view public.names: alter view: replace query
CREATE OR REPLACE VIEW public.names (name) AS
SELECT members.name
   FROM public.members;
