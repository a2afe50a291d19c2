-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.users: drop unique constraint users_email_key [access-exclusive-lock]
ALTER TABLE public.users DROP CONSTRAINT users_email_key;

-- - table public.users: drop column email [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.users DROP COLUMN email;

-- - extension citext: drop extension [irreversible-down]
DROP EXTENSION citext;

-- - schema extensions: drop schema
DROP SCHEMA extensions;
