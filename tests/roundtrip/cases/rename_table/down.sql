-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock

-- ~ sequence public.users_id_seq: rename sequence "people_id_seq" to "users_id_seq"
ALTER SEQUENCE public.people_id_seq RENAME TO users_id_seq;

-- ~ index public.users_age_idx: rename index "people_age_idx" to "users_age_idx"
ALTER INDEX public.people_age_idx RENAME TO users_age_idx;

-- ~ table public.people: rename constraint "people_pkey" to "users_pkey" [access-exclusive-lock]
ALTER TABLE public.people RENAME CONSTRAINT people_pkey TO users_pkey;

-- ~ table public.people: rename constraint "people_email_key" to "users_email_key" [access-exclusive-lock]
ALTER TABLE public.people RENAME CONSTRAINT people_email_key TO users_email_key;

-- ~ table public.people: rename constraint "people_age_check" to "users_age_check" [access-exclusive-lock]
ALTER TABLE public.people RENAME CONSTRAINT people_age_check TO users_age_check;

-- ~ table public.users: rename table "people" to "users" [access-exclusive-lock]
ALTER TABLE public.people RENAME TO users;
