-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- - rule public.items.no_delete: drop rule [access-exclusive-lock]
DROP RULE no_delete ON public.items;
