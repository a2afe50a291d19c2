CREATE TYPE pair AS (f1 int, f2 text);
CREATE TABLE named (a int, b int, c text, cc pair, ts timestamptz, arr int[]);
CREATE TABLE named_too (c text);
