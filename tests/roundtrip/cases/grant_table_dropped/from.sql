CREATE TABLE keep (id integer PRIMARY KEY);
CREATE TABLE old_log (id bigserial PRIMARY KEY, line text NOT NULL);
GRANT SELECT, INSERT ON old_log TO app_user;
GRANT SELECT (line) ON old_log TO auditor;
GRANT USAGE ON SEQUENCE old_log_id_seq TO app_user;
GRANT SELECT ON keep TO auditor;
