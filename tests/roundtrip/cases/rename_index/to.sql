CREATE TABLE t (a integer, b text);
-- schemac:renamed-from t_first
CREATE INDEX t_a_b ON t (a, b);
