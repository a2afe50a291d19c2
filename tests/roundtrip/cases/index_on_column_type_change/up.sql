-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, index-build, table-rewrite

-- - index public.people_email_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX public.people_email_idx;

-- ~ table public.people: alter column email: type character varying(100) -> text [access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN email TYPE text;

-- ~ table public.people: alter column external_id: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN external_id TYPE bigint;

-- + index public.people_email_idx: create index again [index-build]
CREATE UNIQUE INDEX people_email_idx ON public.people USING btree ((lower(email)));
