-- schemac migration: down
-- 1 step; no hazards

-- + extension hstore: create extension
CREATE EXTENSION hstore WITH SCHEMA public;
