CREATE DOMAIN code AS text CONSTRAINT code_length CHECK (length(VALUE) < 10);
ALTER DOMAIN code ADD CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) NOT VALID;
ALTER DOMAIN code ADD CONSTRAINT code_ascii CHECK (VALUE ~ '^[A-Z0-9]*$') NOT VALID;
-- unchanged: a check not validated, with a comment, and the other ALTER DOMAIN forms
CREATE DOMAIN kept AS integer;
ALTER DOMAIN kept ADD CONSTRAINT kept_positive CHECK (VALUE > 0) NOT VALID;
ALTER DOMAIN kept SET DEFAULT 1;
ALTER DOMAIN kept SET NOT NULL;
COMMENT ON CONSTRAINT kept_positive ON DOMAIN kept IS 'no zero';
CREATE TABLE items (id integer PRIMARY KEY, c code, k kept);
