-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ enum type public.weekday: recreate without values 'sat', 'sun' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.weekday RENAME TO weekday_old;
CREATE TYPE public.weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri');
ALTER TABLE public.schedules ALTER COLUMN days DROP DEFAULT;
ALTER TABLE public.schedules ALTER COLUMN days TYPE public.weekday[] USING days::text[]::public.weekday[];
ALTER TABLE public.schedules ALTER COLUMN days SET DEFAULT '{}'::public.weekday[];
DROP TYPE public.weekday_old;
