CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE VIEW named AS SELECT id, name FROM items;
CREATE RULE named_insert AS ON INSERT TO named DO INSTEAD INSERT INTO items VALUES (NEW.id, NEW.name);
