-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- - rule public.items.log_insert: drop rule to create it again [access-exclusive-lock]
DROP RULE log_insert ON public.items;

-- ~ table public.items: alter column name: type text -> character varying(200) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.items ALTER COLUMN name TYPE character varying(200);

-- + rule public.items.log_insert: create rule again [access-exclusive-lock]
CREATE RULE log_insert AS
    ON INSERT TO public.items DO  INSERT INTO public.item_log (id, name)
  VALUES (new.id, new.name);
