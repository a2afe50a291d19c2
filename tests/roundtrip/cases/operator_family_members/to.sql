CREATE OPERATOR FAMILY mixed USING btree;
-- one cross-type operator dropped, two added: changed in place, the class and index kept
ALTER OPERATOR FAMILY mixed USING btree ADD
    OPERATOR 1 < (integer, bigint), OPERATOR 2 <= (integer, bigint),
    OPERATOR 5 > (integer, bigint),
    FUNCTION 1 (integer, bigint) btint48cmp(integer, bigint);
CREATE OPERATOR CLASS mixed_int_ops FOR TYPE integer USING btree FAMILY mixed AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 btint4cmp(integer, integer);
COMMENT ON OPERATOR FAMILY mixed USING btree IS 'integers against bigints';
CREATE TABLE counts (n integer NOT NULL);
CREATE INDEX counts_n ON counts (n mixed_int_ops);
