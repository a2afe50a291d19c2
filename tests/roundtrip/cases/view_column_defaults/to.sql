-- A view's column defaults changed, added and dropped in place, kept by a new query that adds a
-- column (CREATE OR REPLACE VIEW keeps them); a new view with one as pg_dump writes it.
CREATE TABLE items (id integer PRIMARY KEY, name text, qty integer);
CREATE SEQUENCE item_ids;
CREATE VIEW v AS SELECT id, name, qty, qty * 2 AS twice FROM items;
ALTER VIEW v ALTER COLUMN qty SET DEFAULT 2;
ALTER VIEW IF EXISTS v ALTER COLUMN id SET DEFAULT nextval('item_ids');
CREATE VIEW added AS SELECT id FROM items;
ALTER TABLE ONLY public.added ALTER COLUMN id SET DEFAULT 0;
