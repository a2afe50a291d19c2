-- schemac migration: down
-- 5 steps; hazards: irreversible-down

-- - view public.added: drop view
DROP VIEW public.added;

-- - view public.v: drop view to create it again
DROP VIEW public.v;

-- - sequence public.item_ids: drop sequence [irreversible-down]
DROP SEQUENCE public.item_ids;

-- + view public.gone: create view
CREATE VIEW public.gone (id) AS
SELECT items.id
   FROM public.items;
ALTER VIEW public.gone ALTER COLUMN id SET DEFAULT 0;

-- + view public.v: create view again
CREATE VIEW public.v (id, name, qty) AS
SELECT items.id,
    items.name,
    items.qty
   FROM public.items;
ALTER VIEW public.v ALTER COLUMN name SET DEFAULT 'old'::text;
ALTER VIEW public.v ALTER COLUMN qty SET DEFAULT 1;
