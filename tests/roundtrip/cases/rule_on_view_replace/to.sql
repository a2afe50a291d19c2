-- A view's rule gets a new action; the view's query changes too.
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE VIEW named AS SELECT id, name FROM items WHERE name IS NOT NULL;
CREATE RULE named_insert AS ON INSERT TO named DO INSTEAD INSERT INTO items VALUES (NEW.id, upper(NEW.name));
