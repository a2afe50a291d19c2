-- Schemas of the public library network database: one per business area.
-- The public schema already exists and holds the shared domains, helper
-- functions, settings and the audit log.

CREATE SCHEMA catalog;
CREATE SCHEMA circulation;
CREATE SCHEMA members;
CREATE SCHEMA operations;

COMMENT ON SCHEMA catalog IS 'Bibliographic records: works, editions, authors, publishers, subjects and physical copies.';
COMMENT ON SCHEMA circulation IS 'Loans, renewals, holds, transfers between branches, fines and payments.';
COMMENT ON SCHEMA members IS 'Library members, their cards, reading lists and notifications.';
COMMENT ON SCHEMA operations IS 'Branches, rooms, events, staff rotas and acquisitions.';
