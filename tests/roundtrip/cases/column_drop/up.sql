-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - index public.people_legacy_code_idx: drop index [access-exclusive-lock]
DROP INDEX public.people_legacy_code_idx;

-- - table public.people: drop check constraint people_legacy_code_check [access-exclusive-lock]
ALTER TABLE public.people DROP CONSTRAINT people_legacy_code_check;

-- - table public.people: drop column fax_number [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN fax_number;

-- - table public.people: drop column legacy_code [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN legacy_code;
