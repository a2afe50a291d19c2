-- schemac migration: up
-- 6 steps; hazards: access-exclusive-lock

-- ~ table public.people: rename table "users" to "people" [access-exclusive-lock]
ALTER TABLE public.users RENAME TO people;

-- ~ table public.people: rename constraint "users_age_check" to "people_age_check" [access-exclusive-lock]
ALTER TABLE public.people RENAME CONSTRAINT users_age_check TO people_age_check;

-- ~ table public.people: rename constraint "users_email_key" to "people_email_key" [access-exclusive-lock]
ALTER TABLE public.people RENAME CONSTRAINT users_email_key TO people_email_key;

-- ~ table public.people: rename constraint "users_pkey" to "people_pkey" [access-exclusive-lock]
ALTER TABLE public.people RENAME CONSTRAINT users_pkey TO people_pkey;

-- ~ index public.people_age_idx: rename index "users_age_idx" to "people_age_idx"
ALTER INDEX public.users_age_idx RENAME TO people_age_idx;

-- ~ sequence public.people_id_seq: rename sequence "users_id_seq" to "people_id_seq"
ALTER SEQUENCE public.users_id_seq RENAME TO people_id_seq;
