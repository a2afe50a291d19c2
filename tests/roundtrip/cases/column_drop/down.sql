-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- + table public.people: add column fax_number text [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN fax_number text;

-- + table public.people: add column legacy_code integer DEFAULT 0 NOT NULL [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN legacy_code integer DEFAULT 0 NOT NULL;

-- + table public.people: add check constraint people_legacy_code_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.people ADD CONSTRAINT people_legacy_code_check CHECK ((legacy_code >= 0));

-- + index public.people_legacy_code_idx: create index [index-build]
CREATE INDEX people_legacy_code_idx ON public.people USING btree (legacy_code);
