-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.people: drop check constraint people_age_check [access-exclusive-lock]
ALTER TABLE public.people DROP CONSTRAINT people_age_check;

-- - table public.people: drop foreign key people_team_id_fkey [access-exclusive-lock]
ALTER TABLE public.people DROP CONSTRAINT people_team_id_fkey;

-- - table public.people: drop column age [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN age;

-- - table public.people: drop column team_id [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN team_id;
