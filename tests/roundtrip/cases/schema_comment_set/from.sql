CREATE SCHEMA inventory;

CREATE TABLE inventory.items (
    sku text PRIMARY KEY
);
