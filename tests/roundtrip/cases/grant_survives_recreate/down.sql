-- schemac migration: down
-- 8 steps; hazards: access-exclusive-lock, authz-change, table-rewrite, untracked-dependencies

-- - function public.kind_name(smallint): drop function to create it again
DROP FUNCTION public.kind_name(smallint);

-- - view public.recent: drop view to create it again
DROP VIEW public.recent;

-- ~ enum type public.level: add value
ALTER TYPE public.level ADD VALUE 'high' AFTER 'low';

-- ~ table public.events: alter column kind: type integer -> smallint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events ALTER COLUMN kind TYPE smallint;

-- + view public.recent: create view again
CREATE VIEW public.recent (id, kind) AS
SELECT events.id,
    events.kind
   FROM public.events;

-- ~ view public.recent: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE public.recent TO auditor;

-- + function public.kind_name(smallint): create function again [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.kind_name(k smallint)
 RETURNS text
 LANGUAGE sql
AS $function$SELECT k::text$function$;

-- ~ function public.kind_name(smallint): privileges of the new object: grant and revoke privileges [authz-change]
REVOKE EXECUTE ON FUNCTION public.kind_name(smallint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.kind_name(smallint) TO app_user;
