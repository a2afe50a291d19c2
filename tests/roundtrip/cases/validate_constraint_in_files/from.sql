-- Constraints added NOT VALID, as a migration adds them to a large table.
CREATE TABLE customer (id int PRIMARY KEY);
CREATE TABLE purchase (id int PRIMARY KEY, customer int, amount numeric);
CREATE TABLE purchase_archive () INHERITS (purchase);
ALTER TABLE purchase ADD CONSTRAINT purchase_customer FOREIGN KEY (customer) REFERENCES customer NOT VALID;
ALTER TABLE purchase ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
