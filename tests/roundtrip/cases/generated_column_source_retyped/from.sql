CREATE TABLE items (
    id integer PRIMARY KEY,
    price integer NOT NULL,
    total integer GENERATED ALWAYS AS (price * 2) STORED,
    note text
);
CREATE INDEX items_total ON items (total);
COMMENT ON COLUMN items.total IS 'twice the price';
