CREATE SCHEMA money;
CREATE TYPE money.amount AS (cents bigint, currency text);
CREATE FUNCTION money.from_int(v integer) RETURNS money.amount LANGUAGE sql IMMUTABLE
    RETURN ROW(v::bigint * 100, 'EUR')::money.amount;
CREATE CAST (integer AS money.amount) WITH FUNCTION money.from_int(integer) AS ASSIGNMENT;
CREATE TABLE money.prices (id integer PRIMARY KEY, price money.amount NOT NULL DEFAULT money.from_int(5));
