-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - rule public.items.no_update: drop rule [access-exclusive-lock]
DROP RULE no_update ON public.items;

-- ~ rule public.items.no_delete: enable [access-exclusive-lock]
ALTER TABLE public.items ENABLE RULE no_delete;
