-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ enum type public.status: recreate without value 'new' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.status RENAME TO status_old;
CREATE TYPE public.status AS ENUM ('queued', 'cancelled', 'running', 'done', 'failed');
ALTER TABLE public.jobs ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.jobs ALTER COLUMN status TYPE public.status USING status::text::public.status;
ALTER TABLE public.jobs ALTER COLUMN status SET DEFAULT 'queued'::public.status;
DROP TYPE public.status_old;
