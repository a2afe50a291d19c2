-- schemac migration: up
-- 3 steps; no hazards

-- + cast (integer AS money.amount): create cast
CREATE CAST (integer AS money.amount) WITH FUNCTION money.from_int(integer) AS ASSIGNMENT;
COMMENT ON CAST (integer AS money.amount) IS 'whole euros';

-- + table money.prices: create table (2 columns, 1 constraint)
CREATE TABLE money.prices (
    id integer NOT NULL,
    price money.amount DEFAULT 5 NOT NULL,
    CONSTRAINT prices_pkey PRIMARY KEY (id)
);

-- + cast (money.amount AS text): create cast
CREATE CAST (money.amount AS text) WITH INOUT;
