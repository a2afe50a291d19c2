-- Other parents: a child gains one (and its column), a table becomes a child: in place (INHERIT), with their rows.
CREATE TABLE events (id bigint, at timestamp with time zone NOT NULL);
CREATE TABLE audited (who text);
CREATE TABLE logins (user_name text) INHERITS (events, audited);
CREATE TABLE standalone () INHERITS (events);
