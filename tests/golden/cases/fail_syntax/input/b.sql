CREATE TABLE t2 (a int) garbage;
CREATE SEQUENCE s INCREMENT BY x;
CREATE TABLE t3 (a int { );
-- DEFAULT ends before a word only a full expression has: these need parentheses.
CREATE TABLE defaults (
    a timestamp DEFAULT now() AT TIME ZONE 'utc',
    b boolean DEFAULT 1 IN (1, 2),
    c boolean DEFAULT true AND false,
    d boolean DEFAULT 1 IS NULL,
    e boolean DEFAULT 1 = ANY (ARRAY[1]),
    f boolean DEFAULT 1 IS DISTINCT FROM 2,
    g timestamp DEFAULT (now() AT TIME ZONE 'utc')
);
ALTER TABLE defaults ALTER COLUMN f SET DEFAULT 1 BETWEEN 0 AND 2;
