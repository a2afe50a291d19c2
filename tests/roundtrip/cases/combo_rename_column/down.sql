-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down

-- - table public.people: drop unique constraint people_email_key [access-exclusive-lock]
ALTER TABLE public.people DROP CONSTRAINT people_email_key;

-- - table public.people: drop column email [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN email;

-- + table public.people: add column mail text NOT NULL [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN mail text NOT NULL;
COMMENT ON COLUMN public.people.mail IS 'Contact address';

-- + table public.people: add unique constraint people_mail_key [access-exclusive-lock, index-build]
ALTER TABLE public.people ADD CONSTRAINT people_mail_key UNIQUE (mail);
