-- schemac migration: up
-- 5 steps; hazards: authz-change, irreversible-down, untracked-dependencies

-- - function public.describe(public.size): drop function to create it again
DROP FUNCTION public.describe(public.size);

-- ~ enum type public.size: recreate without value 'medium' [irreversible-down]
ALTER TYPE public.size RENAME TO size_old;
CREATE TYPE public.size AS ENUM ('small', 'large');
DROP TYPE public.size_old;

-- ~ enum type public.size: privileges of the new object: grant privileges [authz-change]
GRANT USAGE ON TYPE public.size TO app_user;

-- + function public.describe(public.size): create function again [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.describe(s public.size)
 RETURNS text
 LANGUAGE sql
AS $function$SELECT s::text$function$;

-- ~ function public.describe(public.size): privileges of the new object: grant and revoke privileges [authz-change]
REVOKE EXECUTE ON FUNCTION public.describe(public.size) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.describe(public.size) TO app_user;
