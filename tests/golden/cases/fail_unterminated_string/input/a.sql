CREATE TABLE t (a text DEFAULT 'never closed);
CREATE TABLE u (b integer);
