-- A column a policy reads changes type: PostgreSQL refuses to change it under the policy, which
-- is dropped before and created again after.
CREATE TABLE docs (id integer PRIMARY KEY, level integer NOT NULL DEFAULT 0);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY low_level ON docs FOR SELECT TO app_user USING (level < 3);
