-- A history of changes, as migration files hold them: the values are the type's at the end.
CREATE TYPE public.status AS ENUM ('new', 'done');
ALTER TYPE public.status ADD VALUE 'running' BEFORE 'done';
ALTER TYPE public.status ADD VALUE IF NOT EXISTS 'failed';
ALTER TYPE public.status ADD VALUE IF NOT EXISTS 'new';
ALTER TYPE public.status RENAME VALUE 'new' TO 'queued';
ALTER TYPE public.status ADD VALUE 'cancelled' AFTER 'queued';
CREATE TABLE public.jobs (id integer PRIMARY KEY, status public.status NOT NULL DEFAULT 'queued');
