CREATE TYPE pair AS (a integer, b text, a bigint);
CREATE TYPE size AS (w integer, h integer);
CREATE TYPE size AS (w integer);
CREATE TABLE size (id integer);
COMMENT ON COLUMN size.depth IS 'no such attribute';
COMMENT ON COLUMN size.w IS 'width';
COMMENT ON COLUMN size.w IS 'twice';
COMMENT ON TYPE sizes IS 'no such type';
CREATE TYPE broken AS (a);
