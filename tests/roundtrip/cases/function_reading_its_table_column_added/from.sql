CREATE TABLE queue (id integer PRIMARY KEY, weight integer);
