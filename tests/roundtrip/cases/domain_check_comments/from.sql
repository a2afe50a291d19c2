CREATE DOMAIN code AS text CONSTRAINT code_length CHECK (length(VALUE) < 10)
  CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
COMMENT ON CONSTRAINT code_length ON DOMAIN code IS 'short';
COMMENT ON CONSTRAINT code_upper ON DOMAIN code IS 'shouting';
