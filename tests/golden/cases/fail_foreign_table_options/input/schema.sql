CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER warehouse FOREIGN DATA WRAPPER files;
CREATE FOREIGN TABLE orders (id bigint OPTIONS (column_name 'order_id')) SERVER warehouse
  OPTIONS (table_name 'orders');
-- ADD of an option given, SET and DROP of options not given.
ALTER FOREIGN TABLE orders OPTIONS (ADD table_name 'again', SET schema_name 'x', DROP missing);
ALTER FOREIGN TABLE orders ALTER COLUMN id OPTIONS (column_name 'twice');
-- No such column; not a foreign table; not an action.
ALTER FOREIGN TABLE orders ALTER COLUMN ident OPTIONS (ADD a 'b');
CREATE TABLE plain (a int);
ALTER TABLE plain OPTIONS (ADD a 'b');
ALTER FOREIGN TABLE orders OPTIONS (REMOVE table_name);
