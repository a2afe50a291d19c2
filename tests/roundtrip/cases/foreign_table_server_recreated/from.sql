CREATE FOREIGN DATA WRAPPER first_kind;
CREATE FOREIGN DATA WRAPPER second_kind;
CREATE SERVER archive FOREIGN DATA WRAPPER first_kind OPTIONS (host 'a');
CREATE FOREIGN TABLE archived_orders (
    id bigint NOT NULL,
    total numeric(12,2) OPTIONS (column_name 'sum')
) SERVER archive OPTIONS (table_name 'orders');
COMMENT ON FOREIGN TABLE archived_orders IS 'orders in the archive';
GRANT SELECT ON archived_orders TO app_user;
CREATE VIEW big_orders AS SELECT id FROM archived_orders WHERE total > 100;
