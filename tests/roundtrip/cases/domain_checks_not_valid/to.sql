-- code_length stops being validated (added again NOT VALID), code_upper is validated in place,
-- code_ascii changes (added again, still NOT VALID); a new domain made by every ALTER DOMAIN form
-- that shapes one
CREATE DOMAIN code AS text;
ALTER DOMAIN code ADD CONSTRAINT code_length CHECK (length(VALUE) < 10) NOT VALID;
ALTER DOMAIN code ADD CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) NOT VALID;
ALTER DOMAIN code VALIDATE CONSTRAINT code_upper;
ALTER DOMAIN code ADD CONSTRAINT code_ascii CHECK (VALUE ~ '^[A-Z]*$') NOT VALID;
CREATE DOMAIN kept AS integer;
ALTER DOMAIN kept ADD CONSTRAINT kept_positive CHECK (VALUE > 0) NOT VALID;
ALTER DOMAIN kept SET DEFAULT 1;
ALTER DOMAIN kept SET NOT NULL;
COMMENT ON CONSTRAINT kept_positive ON DOMAIN kept IS 'no zero';
CREATE DOMAIN "Positive" AS integer DEFAULT 5 NOT NULL CONSTRAINT tmp CHECK (VALUE <> 0)
  CONSTRAINT other CHECK (VALUE < 1000);
ALTER DOMAIN "Positive" RENAME CONSTRAINT tmp TO "Not zero";
ALTER DOMAIN "Positive" DROP CONSTRAINT other;
ALTER DOMAIN "Positive" DROP CONSTRAINT IF EXISTS missing;
ALTER DOMAIN "Positive" DROP DEFAULT;
ALTER DOMAIN "Positive" DROP NOT NULL;
ALTER DOMAIN "Positive" ADD CONSTRAINT "Above zero" CHECK (VALUE > 0) NOT VALID;
CREATE TABLE items (id integer PRIMARY KEY, c code, k kept);
