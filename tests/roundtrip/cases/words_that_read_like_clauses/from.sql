CREATE TABLE rules (id integer PRIMARY KEY);
