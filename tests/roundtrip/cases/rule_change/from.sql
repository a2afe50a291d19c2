CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false);
CREATE TABLE item_log (id integer, name text, at timestamptz NOT NULL DEFAULT now());
CREATE RULE soft_delete AS ON DELETE TO items DO INSTEAD UPDATE items SET deleted = true WHERE id = OLD.id;
CREATE RULE never AS ON UPDATE TO items WHERE NEW.id < 0 DO INSTEAD NOTHING;
