CREATE OPERATOR FAMILY mixed USING btree;
ALTER OPERATOR FAMILY mixed USING btree ADD
    OPERATOR 1 < (integer, bigint), OPERATOR 3 = (integer, bigint),
    FUNCTION 1 (integer, bigint) btint48cmp(integer, bigint);
CREATE OPERATOR CLASS mixed_int_ops FOR TYPE integer USING btree FAMILY mixed AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 btint4cmp(integer, integer);
CREATE TABLE counts (n integer NOT NULL);
CREATE INDEX counts_n ON counts (n mixed_int_ops);
