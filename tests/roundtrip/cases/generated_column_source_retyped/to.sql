-- A column that a generated column's expression uses changes type: PostgreSQL refuses
-- ALTER COLUMN ... TYPE under it, so the generated column is dropped and added again around it.
CREATE TABLE items (
    id integer PRIMARY KEY,
    price bigint NOT NULL,
    total integer GENERATED ALWAYS AS (price * 2) STORED,
    note text
);
CREATE INDEX items_total ON items (total);
COMMENT ON COLUMN items.total IS 'twice the price';
