-- Row-level security on fines: the desk application (role app_user) works with every fine, and
-- auditors (role auditor) read the fines that were waived, and nothing else. Roles are not part
-- of the schema: an administrator creates app_user and auditor on every server the schema is
-- applied to (schemac's own temporary server gets them by itself).

ALTER TABLE circulation.fines ENABLE ROW LEVEL SECURITY;

CREATE POLICY desk_all ON circulation.fines TO app_user USING (true) WITH CHECK (true);
CREATE POLICY auditor_waived ON circulation.fines FOR SELECT TO auditor
    USING (waived_at IS NOT NULL);

COMMENT ON POLICY auditor_waived ON circulation.fines IS 'Auditors review waivers only.';
