-- schemac migration: down
-- 5 steps; hazards: index-build

-- + operator family public."Hashing" using hash: create operator family
CREATE OPERATOR FAMILY public."Hashing" USING hash;
ALTER OPERATOR FAMILY public."Hashing" USING hash ADD
    FUNCTION 1 (integer, integer) hashint4(integer);
COMMENT ON OPERATOR FAMILY public."Hashing" USING hash IS 'hashes';

-- + operator family public.reverse_ops using btree: create operator family
CREATE OPERATOR FAMILY public.reverse_ops USING btree;
ALTER OPERATOR FAMILY public.reverse_ops USING btree ADD
    OPERATOR 1 >(integer,bigint);

-- + operator class public.int_hash_ops using hash: create operator class
CREATE OPERATOR CLASS public.int_hash_ops FOR TYPE integer USING hash FAMILY public."Hashing" AS
    OPERATOR 1 =(integer,integer);

-- + operator class public.reverse_ops using btree: create operator class
CREATE OPERATOR CLASS public.reverse_ops FOR TYPE integer USING btree FAMILY public.reverse_ops AS
    OPERATOR 1 >(integer,integer),
    OPERATOR 2 >=(integer,integer),
    OPERATOR 3 =(integer,integer),
    OPERATOR 4 <=(integer,integer),
    OPERATOR 5 <(integer,integer),
    FUNCTION 1 (integer, integer) public.reverse_cmp(integer,integer);
COMMENT ON OPERATOR CLASS public.reverse_ops USING btree IS 'highest first';

-- + index public.scores_points: create index [index-build]
CREATE INDEX scores_points ON public.scores USING btree (points public.reverse_ops);
