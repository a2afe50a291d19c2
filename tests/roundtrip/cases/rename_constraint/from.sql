CREATE TABLE t (
  a integer,
  b integer,
  CONSTRAINT positive CHECK (a > 0),
  CONSTRAINT t_key UNIQUE (a, b)
);
CREATE TABLE u (a integer, b integer);
ALTER TABLE u ADD CONSTRAINT u_t FOREIGN KEY (a, b) REFERENCES t (a, b);
