-- schemac migration: down
-- 5 steps; hazards: authz-change

-- - user mapping for app_user server archive: drop user mapping to create it again
DROP USER MAPPING FOR app_user SERVER archive;

-- - server archive: drop server to create it again
DROP SERVER archive;

-- + server archive: create server again
CREATE SERVER archive FOREIGN DATA WRAPPER first_kind OPTIONS (host 'a');
COMMENT ON SERVER archive IS 'the archive';

-- ~ server archive: privileges of the new object: grant privileges [authz-change]
GRANT USAGE ON FOREIGN SERVER archive TO auditor;

-- + user mapping for app_user server archive: create user mapping again
CREATE USER MAPPING FOR app_user SERVER archive OPTIONS ("user" 'reader');
