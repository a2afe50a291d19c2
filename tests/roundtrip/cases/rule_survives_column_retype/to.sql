-- A column the rule reads changes type: the rule is dropped and created again around it.
CREATE TABLE items (id integer PRIMARY KEY, name varchar(200) NOT NULL, deleted boolean NOT NULL DEFAULT false);
CREATE TABLE item_log (id integer, name text, at timestamptz NOT NULL DEFAULT now());
CREATE RULE log_insert AS ON INSERT TO items DO ALSO INSERT INTO item_log (id, name) VALUES (NEW.id, NEW.name);
