CREATE TABLE events (id bigint, at timestamp with time zone NOT NULL, CHECK (id > 0));
CREATE TABLE logins (user_name text) INHERITS (events);
CREATE TABLE payments (amount numeric) INHERITS (events);
CREATE TABLE other (x int);
