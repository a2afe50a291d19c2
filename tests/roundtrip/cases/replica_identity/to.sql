-- identified by the primary key's index now, its old index built again with another name
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_pkey;
-- back to the default
CREATE TABLE events (id bigint, body text);
-- nothing
CREATE TABLE audit (at timestamp with time zone);
ALTER TABLE audit REPLICA IDENTITY NOTHING;
-- a new table identified by a unique index of its own, and one with every column
CREATE TABLE "Orders" (id integer NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX "Orders code" ON "Orders" (code);
ALTER TABLE "Orders" REPLICA IDENTITY USING INDEX "Orders code";
CREATE TABLE lines (id integer, qty integer);
ALTER TABLE lines REPLICA IDENTITY FULL;
-- its identity's index built again on other columns: marked again
CREATE TABLE marked (id integer NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX marked_key ON marked (code, id);
ALTER TABLE marked REPLICA IDENTITY USING INDEX marked_key;
