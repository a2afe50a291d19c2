-- schemac migration: down
-- 3 steps; no hazards

-- - operator public.>>>(public.size[], public.size[]): drop operator
DROP OPERATOR public.>>> (public.size[], public.size[]);

-- - function public.bigger(public.size[], public.size[]): drop function
DROP FUNCTION public.bigger(public.size[], public.size[]);

-- ~ operator public.>>>(public.size, public.size): change comment
COMMENT ON OPERATOR public.>>> (public.size, public.size) IS 'bigger';
