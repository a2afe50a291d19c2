-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- ~ view public.named: alter view: replace query
CREATE OR REPLACE VIEW public.named (id, name) AS
SELECT items.id,
    items.name
   FROM public.items;

-- ~ rule public.named.named_insert: replace rule [access-exclusive-lock]
CREATE OR REPLACE RULE named_insert AS
    ON INSERT TO public.named DO INSTEAD  INSERT INTO public.items (id, name)
  VALUES (new.id, new.name);
