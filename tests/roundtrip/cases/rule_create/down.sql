-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock

-- - rule public.items.log_insert: drop rule [access-exclusive-lock]
DROP RULE log_insert ON public.items;

-- - rule public.items.never: drop rule [access-exclusive-lock]
DROP RULE never ON public.items;

-- - rule public.items.soft_delete: drop rule [access-exclusive-lock]
DROP RULE soft_delete ON public.items;

-- - rule public.live_items.live_items_insert: drop rule [access-exclusive-lock]
DROP RULE live_items_insert ON public.live_items;

-- - view public.live_items: drop view
DROP VIEW public.live_items;
