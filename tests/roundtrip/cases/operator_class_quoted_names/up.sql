-- schemac migration: up
-- 6 steps; hazards: index-build

-- + schema other: create schema
CREATE SCHEMA other;

-- + operator family "Ops".plain using hash: create operator family
CREATE OPERATOR FAMILY "Ops".plain USING hash;
COMMENT ON OPERATOR FAMILY "Ops".plain USING hash IS 'made by its class';

-- + operator family other."Mixed Fam" using btree: create operator family
CREATE OPERATOR FAMILY other."Mixed Fam" USING btree;
COMMENT ON OPERATOR FAMILY other."Mixed Fam" USING btree IS 'it''s mixed';

-- + operator class "Ops"."Rev Ops" using btree: create operator class
CREATE OPERATOR CLASS "Ops"."Rev Ops" FOR TYPE integer USING btree FAMILY other."Mixed Fam" AS
    OPERATOR 1 >(integer,integer),
    OPERATOR 2 >=(integer,integer),
    OPERATOR 3 =(integer,integer),
    OPERATOR 4 <=(integer,integer),
    OPERATOR 5 <(integer,integer),
    FUNCTION 1 (integer, integer) btint4cmp(integer,integer);

-- + index "Ops".t_a_idx: create index [index-build]
CREATE INDEX t_a_idx ON "Ops".t USING btree (a "Ops"."Rev Ops");

-- + operator class "Ops".plain using hash: create operator class
CREATE OPERATOR CLASS "Ops".plain FOR TYPE bigint USING hash FAMILY "Ops".plain AS
    OPERATOR 1 =(bigint,bigint),
    FUNCTION 1 (bigint, bigint) hashint8(bigint);
