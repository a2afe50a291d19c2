-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, authz-change, table-rewrite

-- ~ enum type public.mood: recreate with the new values (this migration uses them, and PostgreSQL cannot use a value in the transaction that adds it) [table-rewrite, access-exclusive-lock]
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('calm', 'angry', 'glad', 'sad', 'meh', 'wary');
ALTER TABLE public.people ALTER COLUMN feeling TYPE public.mood USING feeling::text::public.mood;
DROP TYPE public.mood_old;

-- + view public.glad_people: create view
CREATE VIEW public.glad_people (id) AS
SELECT people.id
   FROM public.people
  WHERE (people.feeling = 'glad'::public.mood);

-- + trigger public.people.meh_noted: create trigger
CREATE TRIGGER meh_noted BEFORE UPDATE ON public.people FOR EACH ROW WHEN ((new.feeling = 'meh'::public.mood)) EXECUTE FUNCTION public.noted();

-- + domain public.not_wary: create domain
CREATE DOMAIN public.not_wary AS public.mood
    CONSTRAINT not_wary_check CHECK ((VALUE <> 'wary'::public.mood));

-- + policy public.people.not_sad: create policy [access-exclusive-lock, authz-change]
CREATE POLICY not_sad ON public.people USING ((feeling <> 'sad'::public.mood));
