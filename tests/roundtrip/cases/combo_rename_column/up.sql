-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down

-- - table public.people: drop unique constraint people_mail_key [access-exclusive-lock]
ALTER TABLE public.people DROP CONSTRAINT people_mail_key;

-- - table public.people: drop column mail [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN mail;

-- + table public.people: add column email text NOT NULL [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN email text NOT NULL;
COMMENT ON COLUMN public.people.email IS 'Contact address';

-- + table public.people: add unique constraint people_email_key [access-exclusive-lock, index-build]
ALTER TABLE public.people ADD CONSTRAINT people_email_key UNIQUE (email);
