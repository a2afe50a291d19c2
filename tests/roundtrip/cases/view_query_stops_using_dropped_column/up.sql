-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- ~ view public.labels: alter view: replace query
CREATE OR REPLACE VIEW public.labels (id, label) AS
SELECT people.id,
    people.name AS label
   FROM public.people;

-- - table public.people: drop column nickname [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people DROP COLUMN nickname;
