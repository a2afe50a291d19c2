CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false);
CREATE TABLE item_log (id integer, name text, at timestamptz NOT NULL DEFAULT now());
