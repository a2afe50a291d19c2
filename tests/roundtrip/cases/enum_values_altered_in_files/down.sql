-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ enum type public.status: recreate without values 'queued', 'cancelled', 'running', 'failed' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.status RENAME TO status_old;
CREATE TYPE public.status AS ENUM ('new', 'done');
ALTER TABLE public.jobs ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.jobs ALTER COLUMN status TYPE public.status USING status::text::public.status;
ALTER TABLE public.jobs ALTER COLUMN status SET DEFAULT 'new'::public.status;
DROP TYPE public.status_old;
