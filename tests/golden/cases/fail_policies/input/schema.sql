CREATE TABLE docs (id integer PRIMARY KEY, owner text);
CREATE POLICY mine ON docs USING (owner = current_user);
-- Declared twice.
CREATE POLICY mine ON docs FOR SELECT USING (true);
-- On a table that does not exist.
CREATE POLICY theirs ON dogs USING (true);
-- A clause PostgreSQL does not have.
CREATE POLICY odd ON docs FROM SELECT USING (true);
-- A policy that does not exist.
COMMENT ON POLICY yours ON docs IS 'no such policy';
-- Row-level security words misspelled.
ALTER TABLE docs ENABLE ROW LEVEL SECURTY;
ALTER TABLE docs NO FORCE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
