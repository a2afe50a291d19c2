CREATE TABLE leases (id integer PRIMARY KEY, unit integer NOT NULL);
