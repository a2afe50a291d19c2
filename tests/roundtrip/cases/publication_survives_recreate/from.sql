CREATE TABLE events (id integer, at date NOT NULL);
CREATE TABLE other (id integer PRIMARY KEY);
CREATE PUBLICATION events_feed FOR TABLE events, other WITH (publish = 'insert');
