CREATE SCHEMA inventory;

CREATE TABLE inventory.items (
    sku text PRIMARY KEY
);

COMMENT ON SCHEMA inventory IS 'Stock keeping';
