-- New roles and expressions for a policy (ALTER POLICY), a comment removed; a policy that loses
-- its WITH CHECK and one whose command changes are dropped and created again.
CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text,
                   shared boolean NOT NULL DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON docs TO app_user, auditor
  USING (owner = current_user OR shared) WITH CHECK (owner = current_user);
CREATE POLICY shared_read ON docs AS PERMISSIVE FOR UPDATE USING (shared);
CREATE POLICY no_delete ON docs AS RESTRICTIVE FOR DELETE TO app_user, auditor USING (false);
CREATE POLICY insert_own ON docs FOR INSERT WITH CHECK (owner = session_user);
