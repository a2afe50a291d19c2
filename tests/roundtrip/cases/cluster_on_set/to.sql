-- Tables clustered on an index and on the index of their primary key, as pg_dump writes it, and
-- a new table clustered on its new index: each marked after its index exists.
CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL);
CREATE INDEX events_at ON events (at);
ALTER TABLE ONLY public.events CLUSTER ON events_at;
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
ALTER TABLE users CLUSTER ON users_pkey;
CREATE TABLE logins (user_id bigint NOT NULL, at timestamptz NOT NULL);
CREATE INDEX logins_user_at ON logins (user_id, at);
ALTER TABLE logins CLUSTER ON logins_user_at;
