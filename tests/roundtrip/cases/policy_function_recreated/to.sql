-- The function a policy calls gets a new result type: the policy is dropped before the function
-- and created again after.
CREATE FUNCTION may_see(owner text) RETURNS integer LANGUAGE sql STABLE
  RETURN CASE WHEN owner = current_user THEN 1 ELSE 0 END;
CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON docs USING (may_see(owner) = 1);
