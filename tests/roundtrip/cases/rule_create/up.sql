-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock

-- + view public.live_items: create view
CREATE VIEW public.live_items (id, name) AS
SELECT items.id,
    items.name
   FROM public.items
  WHERE (NOT items.deleted);

-- + rule public.items.log_insert: create rule [access-exclusive-lock]
CREATE RULE log_insert AS
    ON INSERT TO public.items DO ( INSERT INTO public.item_log (id, name)
  VALUES (new.id, new.name);

 NOTIFY items_changed;
);

-- + rule public.items.never: create rule [access-exclusive-lock]
CREATE RULE never AS
    ON UPDATE TO public.items
   WHERE (new.id < 0) DO INSTEAD NOTHING;
ALTER TABLE public.items DISABLE RULE never;

-- + rule public.items.soft_delete: create rule [access-exclusive-lock]
CREATE RULE soft_delete AS
    ON DELETE TO public.items DO INSTEAD  UPDATE public.items SET deleted = true
  WHERE (items.id = old.id);
COMMENT ON RULE soft_delete ON public.items IS 'rows are kept, marked deleted';

-- + rule public.live_items.live_items_insert: create rule [access-exclusive-lock]
CREATE RULE live_items_insert AS
    ON INSERT TO public.live_items DO INSTEAD  INSERT INTO public.items (id, name)
  VALUES (new.id, new.name);
