CREATE TABLE events (id bigint, at timestamp with time zone NOT NULL, source text, note text);
CREATE TABLE logins (user_name text, note text) INHERITS (events);
CREATE INDEX logins_source_idx ON logins (source);
