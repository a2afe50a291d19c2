CREATE FOREIGN DATA WRAPPER first_kind;
CREATE FOREIGN DATA WRAPPER second_kind;
-- Another wrapper: the server is created again, and so is the foreign table on it (its rows
-- are the server's), with its comment, its grant and the view on it; its own changes (a new
-- column, other options) come with its create step.
CREATE SERVER archive FOREIGN DATA WRAPPER second_kind OPTIONS (host 'a');
CREATE FOREIGN TABLE archived_orders (
    id bigint NOT NULL,
    total numeric(12,2) OPTIONS (column_name 'total'),
    placed date
) SERVER archive OPTIONS (table_name 'orders_v2');
COMMENT ON FOREIGN TABLE archived_orders IS 'orders in the archive';
GRANT SELECT ON archived_orders TO app_user;
CREATE VIEW big_orders AS SELECT id FROM archived_orders WHERE total > 100;
