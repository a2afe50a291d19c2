-- Everything granted taken back, written as REVOKE ALL after the GRANTs, as a history of
-- statements holds it.
CREATE SCHEMA shop;
CREATE TABLE shop.items (id integer PRIMARY KEY, name text);
CREATE SEQUENCE shop.item_numbers;
GRANT ALL ON SCHEMA shop TO app_user;
GRANT SELECT ON shop.items TO PUBLIC;
REVOKE ALL ON SCHEMA shop FROM app_user;
REVOKE ALL ON shop.items FROM PUBLIC;
