-- Column privileges: one revoked, one added on a column that stays, one on a new column, and the
-- column that had one dropped.
CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL, notes text, team text);
GRANT SELECT (id, name, notes) ON people TO app_user;
GRANT SELECT (team), UPDATE (team) ON people TO auditor;
