-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, index-build

-- + schema extensions: create schema
CREATE SCHEMA extensions;

-- + extension citext: create extension
CREATE EXTENSION citext WITH SCHEMA extensions;

-- + table public.users: add column email extensions.citext NOT NULL [access-exclusive-lock]
ALTER TABLE public.users ADD COLUMN email extensions.citext NOT NULL;

-- + table public.users: add unique constraint users_email_key [access-exclusive-lock, index-build]
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);
