-- Indexes PostgreSQL refuses to make a key of.
CREATE TABLE t (a integer, b integer);
CREATE TABLE other (a integer);
CREATE INDEX t_plain_idx ON t (a);
CREATE UNIQUE INDEX t_partial_idx ON t (a) WHERE a > 0;
CREATE UNIQUE INDEX t_expression_idx ON t ((a + 1));
CREATE UNIQUE INDEX t_desc_idx ON t (a DESC);
CREATE UNIQUE INDEX other_a_idx ON other (a);
ALTER TABLE t ADD CONSTRAINT k1 UNIQUE USING INDEX t_plain_idx;
ALTER TABLE t ADD CONSTRAINT k2 UNIQUE USING INDEX t_partial_idx;
ALTER TABLE t ADD CONSTRAINT k3 UNIQUE USING INDEX t_expression_idx;
ALTER TABLE t ADD CONSTRAINT k4 UNIQUE USING INDEX t_desc_idx;
ALTER TABLE t ADD CONSTRAINT k5 UNIQUE USING INDEX other_a_idx;
ALTER TABLE t ADD CONSTRAINT k6 UNIQUE USING INDEX no_such_idx;
CREATE TABLE u (a integer, CONSTRAINT u_key UNIQUE USING INDEX t_plain_idx);
