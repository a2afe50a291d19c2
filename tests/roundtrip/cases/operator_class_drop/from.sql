CREATE FUNCTION reverse_cmp(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN b - a;
CREATE TABLE scores (points integer NOT NULL);
-- a class that makes its own family, a cross-type operator added to that family after it, and
-- an index that uses the class
CREATE OPERATOR CLASS reverse_ops FOR TYPE integer USING btree AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <,
    FUNCTION 1 reverse_cmp(integer, integer);
ALTER OPERATOR FAMILY reverse_ops USING btree ADD OPERATOR 1 > (integer, bigint);
COMMENT ON OPERATOR CLASS reverse_ops USING btree IS 'highest first';
CREATE INDEX scores_points ON scores (points reverse_ops);
-- a family declared on its own, with a member of its own, and a class in it
CREATE OPERATOR FAMILY "Hashing" USING hash;
ALTER OPERATOR FAMILY "Hashing" USING hash ADD FUNCTION 1 (integer, integer) hashint4(integer);
CREATE OPERATOR CLASS int_hash_ops FOR TYPE integer USING hash FAMILY "Hashing" AS OPERATOR 1 =;
COMMENT ON OPERATOR FAMILY "Hashing" USING hash IS 'hashes';
