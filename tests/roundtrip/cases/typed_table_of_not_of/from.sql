CREATE TYPE account_row AS (id integer, owner text);
CREATE TYPE item_row AS (id integer, label text);
CREATE TYPE item_row_v2 AS (id integer, label text);
-- becomes typed: its columns are the type's, in order
CREATE TABLE accounts (id integer NOT NULL, owner text);
-- stops being typed, and gains a column
CREATE TABLE notes OF account_row;
-- of another type with the same attributes
CREATE TABLE items OF item_row (id WITH OPTIONS PRIMARY KEY);
