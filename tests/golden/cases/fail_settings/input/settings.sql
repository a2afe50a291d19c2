-- Settings that change what the statements after them mean, and that schemac does not follow.
SET standard_conforming_strings = off;
SET TimeZone = 'Europe/Paris';
SET DateStyle = 'SQL, DMY';
SET ROLE app_owner;
SET xmloption = document;
SET some_setting_nobody_knows = 1;
SELECT pg_catalog.set_config('search_path', current_setting('search_path'), false);
-- These are fine: they do not change what a statement means, or set the value schemac reads
-- every file with.
SET statement_timeout = 0;
SET standard_conforming_strings = on;
SET client_encoding = 'UTF8';
SET TIME ZONE 'UTC';
SET check_function_bodies = false;
SET plpgsql.extra_warnings = 'all';

-- No schema of the path exists: there is nowhere to create the table.
SET search_path = nosuch;
CREATE TABLE nowhere (id integer);
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE nowhere_either (id integer);
