-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, index-build, irreversible-down, table-rewrite

-- - index public.people_email_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX public.people_email_idx;

-- ~ table public.people: alter column email: type text -> character varying(100) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people ALTER COLUMN email TYPE character varying(100);

-- ~ table public.people: alter column external_id: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN external_id TYPE integer;

-- + index public.people_email_idx: create index again [index-build]
CREATE UNIQUE INDEX people_email_idx ON public.people USING btree ((lower(email::text)));
