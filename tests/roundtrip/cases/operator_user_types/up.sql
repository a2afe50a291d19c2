-- schemac migration: up
-- 3 steps; no hazards

-- ~ operator public.>>>(public.size, public.size): change comment
COMMENT ON OPERATOR public.>>> (public.size, public.size) IS 'strictly bigger';

-- + function public.bigger(public.size[], public.size[]): create function
CREATE OR REPLACE FUNCTION public.bigger(a public.size[], b public.size[])
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (a > b);

-- + operator public.>>>(public.size[], public.size[]): create operator
CREATE OPERATOR public.>>> (FUNCTION = public.bigger, LEFTARG = public.size[], RIGHTARG = public.size[]);
