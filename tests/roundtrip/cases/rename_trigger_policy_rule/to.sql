CREATE TABLE t (a integer, owner text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
-- schemac:renamed-from t_touch
CREATE TRIGGER touch_row BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
-- schemac:renamed-from mine
CREATE POLICY own_rows ON t USING (owner = current_user);
-- schemac:renamed-from no_delete
CREATE RULE keep_rows AS ON DELETE TO t DO INSTEAD NOTHING;
-- schemac:renamed-from t_stats
CREATE STATISTICS t_a_owner (ndistinct) ON a, owner FROM t;
