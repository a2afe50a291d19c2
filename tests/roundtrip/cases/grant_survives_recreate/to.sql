-- A view created again around its column's new type, a function created again for its new
-- result type and an enum type created again without a value keep their privileges (and the
-- revoked defaults); a column's privileges stay through its new type.
CREATE TABLE events (id bigint PRIMARY KEY, kind integer NOT NULL, payload text);
CREATE VIEW recent AS SELECT id, kind FROM events;
CREATE FUNCTION kind_name(k smallint) RETURNS varchar LANGUAGE sql AS 'SELECT k::text';
CREATE TYPE level AS ENUM ('low');
GRANT SELECT ON recent TO auditor;
GRANT SELECT (id, kind) ON events TO auditor;
REVOKE EXECUTE ON FUNCTION kind_name(smallint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kind_name(smallint) TO app_user;
REVOKE USAGE ON TYPE level FROM PUBLIC;
