-- Exclusion constraints written alike: CREATE TABLE keeps the first written (y), ALTER TABLE adds
-- both, so the plan creates the second after its table.
CREATE TABLE other (id int);
CREATE TABLE once (a int, CONSTRAINT y EXCLUDE (a WITH =), CONSTRAINT x EXCLUDE (a WITH =));
CREATE TABLE twice (a int);
ALTER TABLE twice ADD CONSTRAINT b EXCLUDE (a WITH =);
ALTER TABLE twice ADD CONSTRAINT a_first EXCLUDE (a WITH =);
