-- The parent drops two columns: the child loses the one it only inherits (and the index on it)
-- and keeps the one it declares itself.
CREATE TABLE events (id bigint, at timestamp with time zone NOT NULL);
CREATE TABLE logins (user_name text, note text) INHERITS (events);
