-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, table-rewrite

-- - view public.scores: drop view to create it again
DROP VIEW public.scores;

-- - index public.people_legacy: drop index [access-exclusive-lock]
DROP INDEX public.people_legacy;

-- ~ composite type public.person: alter composite type: alter attribute score: type integer -> bigint, drop attribute legacy, add attribute email [deletes-data, table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.person ALTER ATTRIBUTE score TYPE bigint CASCADE, DROP ATTRIBUTE legacy CASCADE, ADD ATTRIBUTE email text CASCADE;

-- ~ table public.people: alter column email: set default 'none'::text, set comment [access-exclusive-lock]
ALTER TABLE ONLY public.people ALTER COLUMN email SET DEFAULT 'none'::text;
COMMENT ON COLUMN public.people.email IS 'where to write';

-- + view public.scores: create view again
CREATE VIEW public.scores (id, score) AS
SELECT people.id,
    people.score
   FROM public.people;
