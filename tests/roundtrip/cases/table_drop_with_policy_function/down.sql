-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, authz-change, untracked-dependencies

-- + table public.documents: create table (2 columns, 1 constraint) [authz-change]
CREATE TABLE public.documents (
    id integer NOT NULL,
    owner text NOT NULL,
    CONSTRAINT documents_pkey PRIMARY KEY (id)
);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;

-- + function public.is_owner(text): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.is_owner(owner text)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT owner = current_user $function$;

-- + policy public.documents.documents_owner: create policy [access-exclusive-lock, authz-change]
CREATE POLICY documents_owner ON public.documents USING (public.is_owner(owner));
