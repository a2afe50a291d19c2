-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- ~ view public.named: alter view: replace query
CREATE OR REPLACE VIEW public.named (id, name) AS
SELECT items.id,
    items.name
   FROM public.items
  WHERE (items.name IS NOT NULL);

-- ~ rule public.named.named_insert: replace rule [access-exclusive-lock]
CREATE OR REPLACE RULE named_insert AS
    ON INSERT TO public.named DO INSTEAD  INSERT INTO public.items (id, name)
  VALUES (new.id, upper(new.name));
