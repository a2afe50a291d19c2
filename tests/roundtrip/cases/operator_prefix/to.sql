CREATE FUNCTION negated(b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN -b;
CREATE OPERATOR !- (FUNCTION = negated, RIGHTARG = int8);
COMMENT ON OPERATOR !- (NONE, bigint) IS 'negated';
CREATE TABLE totals (amount bigint, credit bigint GENERATED ALWAYS AS (!- amount) STORED);
