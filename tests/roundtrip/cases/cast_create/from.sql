CREATE SCHEMA money;
CREATE TYPE money.amount AS (cents bigint, currency text);
CREATE FUNCTION money.from_int(v integer) RETURNS money.amount LANGUAGE sql IMMUTABLE
    RETURN ROW(v::bigint * 100, 'EUR')::money.amount;
