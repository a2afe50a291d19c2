-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- - rule public.items.log_insert: drop rule to create it again [access-exclusive-lock]
DROP RULE log_insert ON public.items;

-- ~ table public.items: alter column name: type character varying(200) -> text [access-exclusive-lock]
ALTER TABLE public.items ALTER COLUMN name TYPE text;

-- + rule public.items.log_insert: create rule again [access-exclusive-lock]
CREATE RULE log_insert AS
    ON INSERT TO public.items DO  INSERT INTO public.item_log (id, name)
  VALUES (new.id, new.name);
