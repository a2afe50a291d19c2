CREATE FUNCTION reverse_cmp(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN b - a;
CREATE TABLE scores (points integer NOT NULL);
