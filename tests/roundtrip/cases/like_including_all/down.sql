-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table audit.archive: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE audit.archive;

-- - table audit.staging: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE audit.staging;
