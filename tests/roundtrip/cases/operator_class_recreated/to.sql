CREATE FUNCTION reverse_cmp(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN b - a;
CREATE FUNCTION descending(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN btint4cmp(b, a);
-- another comparison function: the class is created again, with the index and the exclusion
-- constraint that use it; an in-range function added to its family changes in place
CREATE OPERATOR CLASS reverse_ops FOR TYPE integer USING btree AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <,
    FUNCTION 1 descending(integer, integer),
    FUNCTION 3 (integer, integer) in_range(integer, integer, integer, boolean, boolean);
CREATE TABLE scores (points integer NOT NULL, EXCLUDE USING btree (points reverse_ops WITH =));
CREATE INDEX scores_points ON scores (points reverse_ops);
