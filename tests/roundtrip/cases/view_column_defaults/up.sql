-- schemac migration: up
-- 4 steps; no hazards

-- - view public.gone: drop view
DROP VIEW public.gone;

-- + sequence public.item_ids: create sequence
CREATE SEQUENCE public.item_ids AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- ~ view public.v: alter view: replace query, add columns, change column defaults
CREATE OR REPLACE VIEW public.v (id, name, qty, twice) AS
SELECT items.id,
    items.name,
    items.qty,
    (items.qty * 2) AS twice
   FROM public.items;
ALTER VIEW public.v ALTER COLUMN id SET DEFAULT nextval('public.item_ids'::regclass);
ALTER VIEW public.v ALTER COLUMN name DROP DEFAULT;
ALTER VIEW public.v ALTER COLUMN qty SET DEFAULT 2;

-- + view public.added: create view
CREATE VIEW public.added (id) AS
SELECT items.id
   FROM public.items;
ALTER VIEW public.added ALTER COLUMN id SET DEFAULT 0;
