CREATE TABLE queue (id integer PRIMARY KEY, position integer, weight integer);
