-- Who may do what: the desk application (role app_user) reads the catalogue and works with
-- circulation and members; auditors (role auditor) read circulation and see members' names and
-- status, not how to reach them. Like the roles of the policies, both roles are created by an
-- administrator on every server the schema is applied to.

GRANT USAGE ON SCHEMA catalog, circulation, members TO app_user;
GRANT USAGE ON SCHEMA circulation, members TO auditor;

GRANT SELECT ON ALL TABLES IN SCHEMA catalog TO app_user;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA circulation TO app_user;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA circulation TO app_user;
GRANT SELECT ON ALL TABLES IN SCHEMA circulation TO auditor;

GRANT SELECT, UPDATE ON members.members TO app_user;
GRANT SELECT (id, first_name, last_name, status) ON members.members TO auditor;

-- Balances are computed for the desk only.
REVOKE EXECUTE ON FUNCTION circulation.member_balance FROM PUBLIC;
GRANT EXECUTE ON FUNCTION circulation.member_balance TO app_user;

-- What the role that applies migrations creates later in circulation, auditors may read too.
ALTER DEFAULT PRIVILEGES IN SCHEMA circulation GRANT SELECT ON TABLES TO auditor;
