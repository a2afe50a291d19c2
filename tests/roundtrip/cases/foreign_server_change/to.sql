CREATE TABLE public.notes (id integer PRIMARY KEY);

CREATE FUNCTION public.check_options(options text[], catalog oid) RETURNS void
  LANGUAGE plpgsql AS $$ BEGIN END $$;

CREATE FOREIGN DATA WRAPPER catalog_only OPTIONS (format 'json', compress 'yes');
COMMENT ON FOREIGN DATA WRAPPER catalog_only IS 'servers read by the archiver and the mirror';

-- The version goes, the options change; the comment changes.
CREATE SERVER archive TYPE 'files' FOREIGN DATA WRAPPER catalog_only
  OPTIONS (host 'archive2.internal', "Odd Name" 'it''s');
COMMENT ON SERVER archive IS 'the new archive';

CREATE USER MAPPING FOR app_user SERVER archive OPTIONS (user 'archiver');
CREATE USER MAPPING FOR PUBLIC SERVER archive OPTIONS (user 'guest');

-- A validator of its own; the wrapper's users get USAGE.
CREATE FOREIGN DATA WRAPPER plain VALIDATOR public.check_options;
GRANT USAGE ON FOREIGN DATA WRAPPER plain TO app_user;
CREATE SERVER mirror VERSION '16' FOREIGN DATA WRAPPER plain OPTIONS (dbname 'mirror');
