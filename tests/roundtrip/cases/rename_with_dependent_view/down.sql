-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.members: rename constraint "members_pkey" to "users_pkey" [access-exclusive-lock]
ALTER TABLE public.members RENAME CONSTRAINT members_pkey TO users_pkey;

-- ~ table public.users: rename table "members" to "users" [access-exclusive-lock]
ALTER TABLE public.members RENAME TO users;

-- ~ view public.names: alter view: replace query
CREATE OR REPLACE VIEW public.names (name) AS
SELECT users.name
   FROM public.users;
