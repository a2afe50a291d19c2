-- a check's comment changed, one removed, one on a check whose expression changes (added again
-- with its comment), and a new domain with a commented check
CREATE DOMAIN code AS text CONSTRAINT code_length CHECK (length(VALUE) < 12)
  CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
COMMENT ON CONSTRAINT code_length ON DOMAIN code IS 'short enough';
CREATE DOMAIN "Positive" AS integer CONSTRAINT "Above zero" CHECK (VALUE > 0);
COMMENT ON CONSTRAINT "Above zero" ON DOMAIN "Positive" IS 'no zero';
