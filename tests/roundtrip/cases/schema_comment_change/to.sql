CREATE SCHEMA inventory;

COMMENT ON SCHEMA inventory IS 'Stock keeping, per warehouse';
