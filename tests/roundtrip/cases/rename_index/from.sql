CREATE TABLE t (a integer, b text);
CREATE INDEX t_first ON t (a, b);
