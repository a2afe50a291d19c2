-- schemac migration: down
-- 7 steps; hazards: authz-change

-- ~ foreign-data wrapper catalog_only: options: drop compress, set format; change comment
ALTER FOREIGN DATA WRAPPER catalog_only OPTIONS (DROP compress, SET format 'csv');
COMMENT ON FOREIGN DATA WRAPPER catalog_only IS 'servers read by the archiver';

-- ~ foreign-data wrapper plain: functions: NO HANDLER NO VALIDATOR
ALTER FOREIGN DATA WRAPPER plain NO HANDLER NO VALIDATOR;

-- ~ foreign-data wrapper plain: revoke privileges [authz-change]
REVOKE USAGE ON FOREIGN DATA WRAPPER plain FROM app_user;

-- ~ server archive: version 2; options: set host, add port; change comment
ALTER SERVER archive VERSION '2';
ALTER SERVER archive OPTIONS (SET host 'archive.internal', ADD port '5432');
COMMENT ON SERVER archive IS 'the archive';

-- ~ server mirror: no version
ALTER SERVER mirror VERSION NULL;

-- ~ user mapping for app_user server archive: options: add password
ALTER USER MAPPING FOR app_user SERVER archive OPTIONS (ADD password 'secret');

-- ~ user mapping for PUBLIC server archive: options: drop user
ALTER USER MAPPING FOR PUBLIC SERVER archive OPTIONS (DROP "user");
