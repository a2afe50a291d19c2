CREATE SCHEMA hr;
CREATE TYPE hr.person AS (id integer, name text COLLATE "C", born date, notes text);
-- a typed table with options on its columns, constraints, settings and comments
CREATE TABLE hr.people OF hr.person (
    id WITH OPTIONS PRIMARY KEY,
    name WITH OPTIONS NOT NULL DEFAULT 'nobody',
    CONSTRAINT born_after CHECK (born > '1900-01-01'),
    UNIQUE (name, born)
);
ALTER TABLE hr.people ALTER COLUMN notes SET STORAGE EXTERNAL;
ALTER TABLE hr.people ALTER COLUMN notes SET COMPRESSION pglz;
COMMENT ON TABLE hr.people IS 'everyone';
COMMENT ON COLUMN hr.people.born IS 'day of birth';
CREATE INDEX people_born ON hr.people (born);
-- a bare one, a partitioned one and its partition
CREATE TABLE hr.visitors OF hr.person;
CREATE TABLE "Hr Archive" OF hr.person (born WITH OPTIONS NOT NULL) PARTITION BY RANGE (born);
CREATE TABLE archive_old PARTITION OF "Hr Archive" FOR VALUES FROM ('1900-01-01') TO ('2000-01-01');
