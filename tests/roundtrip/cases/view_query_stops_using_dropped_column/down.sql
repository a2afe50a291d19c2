-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- + table public.people: add column nickname text [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN nickname text;

-- ~ view public.labels: alter view: replace query
CREATE OR REPLACE VIEW public.labels (id, label) AS
SELECT people.id,
    COALESCE(people.nickname, people.name) AS label
   FROM public.people;
