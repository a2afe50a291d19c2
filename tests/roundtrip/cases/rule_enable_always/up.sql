-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- ~ rule public.items.no_delete: enable [access-exclusive-lock]
ALTER TABLE public.items ENABLE ALWAYS RULE no_delete;

-- + rule public.items.no_update: create rule [access-exclusive-lock]
CREATE RULE no_update AS
    ON UPDATE TO public.items DO INSTEAD NOTHING;
ALTER TABLE public.items ENABLE REPLICA RULE no_update;
