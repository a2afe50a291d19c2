CREATE TABLE scores (id integer PRIMARY KEY, score integer NOT NULL);

-- Window functions are written in C or internal code; CREATE OR REPLACE cannot make one of a
-- plain function.
CREATE FUNCTION place() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_rank';
CREATE FUNCTION "row no"() RETURNS bigint LANGUAGE internal WINDOW AS 'window_row_number';
COMMENT ON FUNCTION "row no"() IS 'the number of the row in its partition';

CREATE VIEW ranked AS
  SELECT id, place() OVER (ORDER BY score DESC) AS place,
         "row no"() OVER (ORDER BY id) AS n
  FROM scores;
