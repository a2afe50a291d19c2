CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
ALTER DOMAIN positive ADD CONSTRAINT positive_small CHECK (VALUE < 100) NOT VALID;
COMMENT ON CONSTRAINT positive_check ON DOMAIN positive IS 'no zero';
CREATE TABLE t (p positive);
