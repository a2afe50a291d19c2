CREATE TABLE t (
  a integer,
  b integer,
  -- schemac:renamed-from positive
  CONSTRAINT a_is_positive CHECK (a > 0),
  -- schemac:renamed-from t_key
  CONSTRAINT t_a_b_unique UNIQUE (a, b)
);
CREATE TABLE u (a integer, b integer);
-- schemac:renamed-from u_t
ALTER TABLE u ADD CONSTRAINT u_references_t FOREIGN KEY (a, b) REFERENCES t (a, b);
