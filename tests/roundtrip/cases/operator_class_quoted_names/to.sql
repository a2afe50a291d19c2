CREATE SCHEMA "Ops";
CREATE SCHEMA other;
-- names that need quotes, a class whose family is in another schema, an index key that names the
-- class, and a comment on the family a class makes
CREATE OPERATOR FAMILY other."Mixed Fam" USING "btree";
CREATE OPERATOR CLASS "Ops"."Rev Ops" FOR TYPE integer USING btree FAMILY other."Mixed Fam" AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <,
    FUNCTION 1 btint4cmp(integer, integer);
COMMENT ON OPERATOR FAMILY other."Mixed Fam" USING btree IS 'it''s mixed';
CREATE OPERATOR CLASS "Ops".plain FOR TYPE bigint USING hash AS OPERATOR 1 =;
COMMENT ON OPERATOR FAMILY "Ops".plain USING hash IS 'made by its class';
ALTER OPERATOR FAMILY "Ops".plain USING hash ADD FUNCTION 1 (bigint, bigint) hashint8(bigint);
CREATE TABLE "Ops".t (a integer);
CREATE INDEX t_a_idx ON "Ops".t (a "Ops"."Rev Ops");
