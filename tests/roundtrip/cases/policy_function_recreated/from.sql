CREATE FUNCTION may_see(owner text) RETURNS boolean LANGUAGE sql STABLE
  RETURN owner = current_user;
CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON docs USING (may_see(owner));
