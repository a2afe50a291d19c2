CREATE TABLE scores (id integer PRIMARY KEY, score integer NOT NULL);

CREATE FUNCTION place() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 1::bigint';
