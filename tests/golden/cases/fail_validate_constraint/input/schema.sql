CREATE TABLE parent (a int, b int UNIQUE);
CREATE TABLE child () INHERITS (parent);
ALTER TABLE parent ADD CONSTRAINT a_positive CHECK (a > 0) NOT VALID;
-- Inherited: validated on the parent only.
ALTER TABLE child VALIDATE CONSTRAINT a_positive;
-- A key is valid from the start.
ALTER TABLE parent VALIDATE CONSTRAINT parent_b_key;
-- No such constraint.
ALTER TABLE parent VALIDATE CONSTRAINT a_positiv;
