-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, validates-constraint

-- + table public.people: add column age integer [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN age integer;

-- + table public.people: add column team_id integer [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN team_id integer;

-- + table public.people: add check constraint people_age_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.people ADD CONSTRAINT people_age_check CHECK (((age >= 0) AND (age < 150)));

-- + table public.people: add foreign key people_team_id_fkey [validates-constraint]
ALTER TABLE public.people ADD CONSTRAINT people_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) ON DELETE SET NULL;
