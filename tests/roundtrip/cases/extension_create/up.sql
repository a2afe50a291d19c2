-- schemac migration: up
-- 1 step; no hazards

-- + extension pgcrypto: create extension
CREATE EXTENSION pgcrypto WITH SCHEMA public;
