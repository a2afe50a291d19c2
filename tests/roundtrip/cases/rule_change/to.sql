-- A rule's action changes (replaced in place), another is disabled and commented.
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false);
CREATE TABLE item_log (id integer, name text, at timestamptz NOT NULL DEFAULT now());
CREATE RULE soft_delete AS ON DELETE TO items DO INSTEAD (
  UPDATE items SET deleted = true WHERE id = OLD.id;
  INSERT INTO item_log (id, name) VALUES (OLD.id, OLD.name)
);
CREATE RULE never AS ON UPDATE TO items WHERE NEW.id < 0 DO INSTEAD NOTHING;
ALTER TABLE items DISABLE RULE never;
COMMENT ON RULE never ON items IS 'kept for later';
