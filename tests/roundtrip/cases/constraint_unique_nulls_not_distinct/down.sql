-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - table public.addresses: drop unique constraint addresses_person_kind_key to add it again [access-exclusive-lock]
ALTER TABLE public.addresses DROP CONSTRAINT addresses_person_kind_key;

-- + table public.addresses: add again unique constraint addresses_person_kind_key [access-exclusive-lock, index-build]
ALTER TABLE public.addresses ADD CONSTRAINT addresses_person_kind_key UNIQUE (person_id, kind);
