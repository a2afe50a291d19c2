-- schemac migration: up
-- 7 steps; hazards: authz-change

-- ~ foreign-data wrapper catalog_only: options: add compress, set format; change comment
ALTER FOREIGN DATA WRAPPER catalog_only OPTIONS (ADD compress 'yes', SET format 'json');
COMMENT ON FOREIGN DATA WRAPPER catalog_only IS 'servers read by the archiver and the mirror';

-- ~ foreign-data wrapper plain: functions: NO HANDLER VALIDATOR public.check_options
ALTER FOREIGN DATA WRAPPER plain NO HANDLER VALIDATOR public.check_options;

-- ~ foreign-data wrapper plain: grant privileges [authz-change]
GRANT USAGE ON FOREIGN DATA WRAPPER plain TO app_user;

-- ~ server archive: no version; options: drop port, set host; change comment
ALTER SERVER archive VERSION NULL;
ALTER SERVER archive OPTIONS (DROP port, SET host 'archive2.internal');
COMMENT ON SERVER archive IS 'the new archive';

-- ~ server mirror: version 16
ALTER SERVER mirror VERSION '16';

-- ~ user mapping for app_user server archive: options: drop password
ALTER USER MAPPING FOR app_user SERVER archive OPTIONS (DROP password);

-- ~ user mapping for PUBLIC server archive: options: add user
ALTER USER MAPPING FOR PUBLIC SERVER archive OPTIONS (ADD "user" 'guest');
