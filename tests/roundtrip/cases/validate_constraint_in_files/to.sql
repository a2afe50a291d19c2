-- The later migration that validates them, kept in the schema files as the history wrote it:
-- the schema declares both valid, on the inheriting table too.
CREATE TABLE customer (id int PRIMARY KEY);
CREATE TABLE purchase (id int PRIMARY KEY, customer int, amount numeric);
CREATE TABLE purchase_archive () INHERITS (purchase);
ALTER TABLE purchase ADD CONSTRAINT purchase_customer FOREIGN KEY (customer) REFERENCES customer NOT VALID;
ALTER TABLE purchase ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE purchase VALIDATE CONSTRAINT purchase_customer, VALIDATE CONSTRAINT amount_positive;
