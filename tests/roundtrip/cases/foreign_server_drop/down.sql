-- schemac migration: down
-- 6 steps; no hazards

-- + foreign-data wrapper catalog_only: create foreign-data wrapper
CREATE FOREIGN DATA WRAPPER catalog_only NO HANDLER NO VALIDATOR OPTIONS (format 'csv');
COMMENT ON FOREIGN DATA WRAPPER catalog_only IS 'servers read by the archiver';

-- + foreign-data wrapper plain: create foreign-data wrapper
CREATE FOREIGN DATA WRAPPER plain NO HANDLER NO VALIDATOR;

-- + server archive: create server
CREATE SERVER archive TYPE 'files' VERSION '2' FOREIGN DATA WRAPPER catalog_only OPTIONS ("Odd Name" 'it''s', host 'archive.internal', port '5432');
COMMENT ON SERVER archive IS 'the archive';

-- + server mirror: create server
CREATE SERVER mirror FOREIGN DATA WRAPPER plain OPTIONS (dbname 'mirror');

-- + user mapping for app_user server archive: create user mapping
CREATE USER MAPPING FOR app_user SERVER archive OPTIONS (password 'secret', "user" 'archiver');

-- + user mapping for PUBLIC server archive: create user mapping
CREATE USER MAPPING FOR PUBLIC SERVER archive;
