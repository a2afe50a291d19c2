CREATE TABLE events (id bigint, at timestamp with time zone NOT NULL);
CREATE TABLE audited (who text);
CREATE TABLE logins (user_name text) INHERITS (events);
CREATE TABLE standalone (id bigint, at timestamp with time zone NOT NULL);
