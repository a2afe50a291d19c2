-- Row-level security switched on and forced, with permissive and restrictive policies for
-- several commands and roles, and a comment.
CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text,
                   shared boolean NOT NULL DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON docs TO app_user
  USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY shared_read ON docs AS PERMISSIVE FOR SELECT USING (shared);
CREATE POLICY no_delete ON docs AS RESTRICTIVE FOR DELETE TO app_user, auditor USING (false);
CREATE POLICY insert_own ON docs FOR INSERT WITH CHECK (owner = current_user);
COMMENT ON POLICY owner_all ON docs IS 'owners see theirs';
