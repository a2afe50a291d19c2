CREATE TYPE public.status AS ENUM ('new', 'done');
CREATE TABLE public.jobs (id integer PRIMARY KEY, status public.status NOT NULL DEFAULT 'new');
