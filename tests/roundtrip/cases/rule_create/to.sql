-- Rules: one that turns deletes into an update, one with several actions, one on a view, one
-- disabled, with a comment.
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false);
CREATE TABLE item_log (id integer, name text, at timestamptz NOT NULL DEFAULT now());
CREATE RULE soft_delete AS ON DELETE TO items DO INSTEAD UPDATE items SET deleted = true WHERE id = OLD.id;
CREATE RULE log_insert AS ON INSERT TO items DO ALSO (
  INSERT INTO item_log (id, name) VALUES (NEW.id, NEW.name);
  NOTIFY items_changed
);
CREATE VIEW live_items AS SELECT id, name FROM items WHERE NOT deleted;
CREATE RULE live_items_insert AS ON INSERT TO live_items DO INSTEAD INSERT INTO items (id, name) VALUES (NEW.id, NEW.name);
CREATE RULE never AS ON UPDATE TO items WHERE NEW.id < 0 DO INSTEAD NOTHING;
ALTER TABLE items DISABLE RULE never;
COMMENT ON RULE soft_delete ON items IS 'rows are kept, marked deleted';
