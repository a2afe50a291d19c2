-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- + rule public.items.no_delete: create rule [access-exclusive-lock]
CREATE RULE no_delete AS
    ON DELETE TO public.items DO INSTEAD NOTHING;
COMMENT ON RULE no_delete ON public.items IS 'kept';
