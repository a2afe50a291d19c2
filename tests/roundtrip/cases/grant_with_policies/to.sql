-- The usual pair: row-level security decides which rows, privileges decide which commands.
CREATE TABLE notes (id integer PRIMARY KEY, author text NOT NULL DEFAULT current_user, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON notes TO app_user USING (author = current_user);
GRANT SELECT, INSERT, UPDATE, DELETE ON notes TO app_user;
GRANT SELECT (id, author) ON notes TO auditor;
