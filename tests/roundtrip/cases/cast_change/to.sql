CREATE SCHEMA money;
CREATE TYPE money.amount AS (cents bigint, currency text);
CREATE FUNCTION money.from_int(v integer) RETURNS money.amount LANGUAGE sql IMMUTABLE
    RETURN ROW(v::bigint * 100, 'EUR')::money.amount;
-- The cast becomes implicit and its comment changes; the other applies in assignments too.
CREATE CAST (integer AS money.amount) WITH FUNCTION money.from_int(integer) AS IMPLICIT;
COMMENT ON CAST (integer AS money.amount) IS 'whole euros, implicitly';
CREATE CAST (money.amount AS text) WITH INOUT AS ASSIGNMENT;
CREATE TABLE money.prices (id integer PRIMARY KEY, price money.amount NOT NULL DEFAULT 5);
