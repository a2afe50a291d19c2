-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- - table public.people: drop foreign key people_team_code_fkey to add it again [access-exclusive-lock]
ALTER TABLE public.people DROP CONSTRAINT people_team_code_fkey;

-- + table public.people: add again foreign key people_team_code_fkey [validates-constraint]
ALTER TABLE public.people ADD CONSTRAINT people_team_code_fkey FOREIGN KEY (team_code) REFERENCES public.teams(code) ON DELETE RESTRICT;
