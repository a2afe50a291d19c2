-- schemac:renamed-from users
CREATE TABLE members (id integer PRIMARY KEY, name text);
CREATE VIEW names AS SELECT name FROM members;
