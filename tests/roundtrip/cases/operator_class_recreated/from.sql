CREATE FUNCTION reverse_cmp(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN b - a;
CREATE FUNCTION descending(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN btint4cmp(b, a);
CREATE OPERATOR CLASS reverse_ops FOR TYPE integer USING btree AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <,
    FUNCTION 1 reverse_cmp(integer, integer);
CREATE TABLE scores (points integer NOT NULL, EXCLUDE USING btree (points reverse_ops WITH =));
CREATE INDEX scores_points ON scores (points reverse_ops);
