-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- ~ rule public.items.never: disable, set comment [access-exclusive-lock]
ALTER TABLE public.items DISABLE RULE never;
COMMENT ON RULE never ON public.items IS 'kept for later';

-- ~ rule public.items.soft_delete: replace rule [access-exclusive-lock]
CREATE OR REPLACE RULE soft_delete AS
    ON DELETE TO public.items DO INSTEAD ( UPDATE public.items SET deleted = true
  WHERE (items.id = old.id);
 INSERT INTO public.item_log (id, name)
  VALUES (old.id, old.name);
);
