-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down, table-rewrite

-- - view public.scores: drop view to create it again
DROP VIEW public.scores;

-- ~ composite type public.person: alter composite type: alter attribute score: type bigint -> integer, drop attribute email, add attribute legacy [deletes-data, table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.person ALTER ATTRIBUTE score TYPE integer CASCADE, DROP ATTRIBUTE email CASCADE, ADD ATTRIBUTE legacy text CASCADE;

-- + index public.people_legacy: create index [index-build]
CREATE INDEX people_legacy ON public.people USING btree (legacy);

-- + view public.scores: create view again
CREATE VIEW public.scores (id, score) AS
SELECT people.id,
    people.score
   FROM public.people;
