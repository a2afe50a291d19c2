CREATE FOREIGN DATA WRAPPER first_kind;
CREATE FOREIGN DATA WRAPPER second_kind;
-- Another wrapper: the server is dropped and created again, with its mapping, grant and comment.
CREATE SERVER archive FOREIGN DATA WRAPPER second_kind OPTIONS (host 'a');
COMMENT ON SERVER archive IS 'the archive';
CREATE USER MAPPING FOR app_user SERVER archive OPTIONS (user 'reader');
GRANT USAGE ON FOREIGN SERVER archive TO auditor;
