-- Row-level security switched on, forced, and switched off, without policies.
CREATE TABLE a (id integer);
ALTER TABLE a ENABLE ROW LEVEL SECURITY;
CREATE TABLE b (id integer);
ALTER TABLE b ENABLE ROW LEVEL SECURITY;
ALTER TABLE b FORCE ROW LEVEL SECURITY;
CREATE TABLE c (id integer);
