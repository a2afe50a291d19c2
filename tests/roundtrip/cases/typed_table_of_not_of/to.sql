CREATE TYPE account_row AS (id integer, owner text);
CREATE TYPE item_row_v2 AS (id integer, label text);
-- typed by ALTER TABLE ... OF
CREATE TABLE accounts (id integer NOT NULL, owner text);
ALTER TABLE accounts OF account_row;
CREATE TABLE notes (id integer, owner text, body text);
CREATE TABLE items OF item_row_v2 (id WITH OPTIONS PRIMARY KEY);
