CREATE TABLE users (id integer PRIMARY KEY, name text);
CREATE VIEW names AS SELECT name FROM users;
