-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, index-build

-- + collation public.case_insensitive: create collation
CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- ~ table public.users: alter column email: collation default -> public.case_insensitive [access-exclusive-lock]
ALTER TABLE public.users ALTER COLUMN email TYPE text COLLATE public.case_insensitive;

-- + collation public.plain: create collation
CREATE COLLATION public.plain (provider = libc, locale = 'C');
COMMENT ON COLLATION public.plain IS 'byte order';

-- + index public.users_email_plain: create index [index-build]
CREATE INDEX users_email_plain ON public.users USING btree (email COLLATE public.plain);
