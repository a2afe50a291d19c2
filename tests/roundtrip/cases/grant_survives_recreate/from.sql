CREATE TABLE events (id bigint PRIMARY KEY, kind smallint NOT NULL, payload text);
CREATE VIEW recent AS SELECT id, kind FROM events;
CREATE FUNCTION kind_name(k smallint) RETURNS text LANGUAGE sql AS 'SELECT k::text';
CREATE TYPE level AS ENUM ('low', 'high');
GRANT SELECT ON recent TO auditor;
GRANT SELECT (id, kind) ON events TO auditor;
REVOKE EXECUTE ON FUNCTION kind_name(smallint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kind_name(smallint) TO app_user;
REVOKE USAGE ON TYPE level FROM PUBLIC;
