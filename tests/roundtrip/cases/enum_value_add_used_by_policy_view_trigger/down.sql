-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, authz-change, irreversible-down, table-rewrite

-- - policy public.people.not_sad: drop policy [access-exclusive-lock, authz-change]
DROP POLICY not_sad ON public.people;

-- - domain public.not_wary: drop domain
DROP DOMAIN public.not_wary;

-- - trigger public.people.meh_noted: drop trigger [access-exclusive-lock]
DROP TRIGGER meh_noted ON public.people;

-- - view public.glad_people: drop view
DROP VIEW public.glad_people;

-- ~ enum type public.mood: recreate without values 'glad', 'sad', 'meh', 'wary' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('calm', 'angry');
ALTER TABLE public.people ALTER COLUMN feeling TYPE public.mood USING feeling::text::public.mood;
DROP TYPE public.mood_old;
