CREATE TABLE public.notes (id integer PRIMARY KEY);

-- A wrapper with no handler holds the options of servers that other tools read.
CREATE FOREIGN DATA WRAPPER catalog_only OPTIONS (format 'csv');
COMMENT ON FOREIGN DATA WRAPPER catalog_only IS 'servers read by the archiver';

CREATE SERVER archive TYPE 'files' VERSION '2' FOREIGN DATA WRAPPER catalog_only
  OPTIONS (host 'archive.internal', port '5432', "Odd Name" 'it''s');
COMMENT ON SERVER archive IS 'the archive';

CREATE USER MAPPING FOR app_user SERVER archive OPTIONS (user 'reader', password 'secret');
CREATE USER MAPPING FOR PUBLIC SERVER archive;

-- As pg_dump writes them.
CREATE FOREIGN DATA WRAPPER plain;
ALTER FOREIGN DATA WRAPPER plain OWNER TO CURRENT_USER;
CREATE SERVER mirror FOREIGN DATA WRAPPER plain;
ALTER SERVER mirror OWNER TO CURRENT_USER;
ALTER SERVER mirror OPTIONS (ADD dbname 'mirror');
ALTER USER MAPPING FOR app_user SERVER archive OPTIONS (SET user 'archiver');
