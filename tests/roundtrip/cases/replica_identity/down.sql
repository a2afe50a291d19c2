-- schemac migration: down
-- 10 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down

-- - index public.accounts_email_key: drop index [access-exclusive-lock]
DROP INDEX public.accounts_email_key;

-- - index public.marked_key: drop index to create it again [access-exclusive-lock]
DROP INDEX public.marked_key;

-- - table public."Orders": drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public."Orders";

-- - table public.lines: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.lines;

-- ~ table public.audit: replica identity default [access-exclusive-lock]
ALTER TABLE public.audit REPLICA IDENTITY DEFAULT;

-- ~ table public.events: replica identity full [access-exclusive-lock]
ALTER TABLE public.events REPLICA IDENTITY FULL;

-- + index public.accounts_email: create index [index-build]
CREATE UNIQUE INDEX accounts_email ON public.accounts USING btree (email);

-- ~ table public.accounts: replica identity using index accounts_email [access-exclusive-lock]
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;

-- + index public.marked_key: create index again [index-build]
CREATE UNIQUE INDEX marked_key ON public.marked USING btree (code);

-- ~ table public.marked: replica identity using index marked_key [access-exclusive-lock]
ALTER TABLE public.marked REPLICA IDENTITY USING INDEX marked_key;
