CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email;
CREATE TABLE events (id bigint, body text);
ALTER TABLE events REPLICA IDENTITY FULL;
CREATE TABLE audit (at timestamp with time zone);
CREATE TABLE marked (id integer NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX marked_key ON marked (code);
ALTER TABLE marked REPLICA IDENTITY USING INDEX marked_key;
