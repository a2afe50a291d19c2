-- The checks named after the domain are renamed with it, keeping their comment and staying
-- NOT VALID.
-- schemac:renamed-from positive
CREATE DOMAIN above_zero AS integer CHECK (VALUE > 0);
ALTER DOMAIN above_zero ADD CONSTRAINT above_zero_small CHECK (VALUE < 100) NOT VALID;
COMMENT ON CONSTRAINT above_zero_check ON DOMAIN above_zero IS 'no zero';
CREATE TABLE t (p above_zero);
