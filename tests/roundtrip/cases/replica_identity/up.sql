-- schemac migration: up
-- 13 steps; hazards: access-exclusive-lock, index-build

-- - index public.accounts_email: drop index [access-exclusive-lock]
DROP INDEX public.accounts_email;

-- - index public.marked_key: drop index to create it again [access-exclusive-lock]
DROP INDEX public.marked_key;

-- ~ table public.accounts: replica identity using index accounts_pkey [access-exclusive-lock]
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_pkey;

-- ~ table public.audit: replica identity nothing [access-exclusive-lock]
ALTER TABLE public.audit REPLICA IDENTITY NOTHING;

-- ~ table public.events: replica identity default [access-exclusive-lock]
ALTER TABLE public.events REPLICA IDENTITY DEFAULT;

-- + table public."Orders": create table (2 columns, 0 constraints)
CREATE TABLE public."Orders" (
    id integer NOT NULL,
    code text NOT NULL
);

-- + table public.lines: create table (2 columns, 0 constraints)
CREATE TABLE public.lines (
    id integer,
    qty integer
);

-- ~ table public.lines: replica identity full [access-exclusive-lock]
ALTER TABLE public.lines REPLICA IDENTITY FULL;

-- + index public."Orders code": create index [index-build]
CREATE UNIQUE INDEX "Orders code" ON public."Orders" USING btree (code);

-- ~ table public."Orders": replica identity using index "Orders code" [access-exclusive-lock]
ALTER TABLE public."Orders" REPLICA IDENTITY USING INDEX "Orders code";

-- + index public.accounts_email_key: create index [index-build]
CREATE UNIQUE INDEX accounts_email_key ON public.accounts USING btree (email);

-- + index public.marked_key: create index again [index-build]
CREATE UNIQUE INDEX marked_key ON public.marked USING btree (code, id);

-- ~ table public.marked: replica identity using index marked_key [access-exclusive-lock]
ALTER TABLE public.marked REPLICA IDENTITY USING INDEX marked_key;
