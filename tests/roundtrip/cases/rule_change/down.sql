-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- ~ rule public.items.never: enable, remove comment [access-exclusive-lock]
ALTER TABLE public.items ENABLE RULE never;
COMMENT ON RULE never ON public.items IS NULL;

-- ~ rule public.items.soft_delete: replace rule [access-exclusive-lock]
CREATE OR REPLACE RULE soft_delete AS
    ON DELETE TO public.items DO INSTEAD  UPDATE public.items SET deleted = true
  WHERE (items.id = old.id);
