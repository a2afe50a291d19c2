-- schemac migration: down
-- 6 steps; no hazards

-- - user mapping for app_user server archive: drop user mapping
DROP USER MAPPING FOR app_user SERVER archive;

-- - user mapping for PUBLIC server archive: drop user mapping
DROP USER MAPPING FOR PUBLIC SERVER archive;

-- - server archive: drop server
DROP SERVER archive;

-- - server mirror: drop server
DROP SERVER mirror;

-- - foreign-data wrapper catalog_only: drop foreign-data wrapper
DROP FOREIGN DATA WRAPPER catalog_only;

-- - foreign-data wrapper plain: drop foreign-data wrapper
DROP FOREIGN DATA WRAPPER plain;
