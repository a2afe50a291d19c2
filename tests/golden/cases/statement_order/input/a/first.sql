-- References to objects declared later, in this file and in files read after it.
ALTER TABLE late ADD COLUMN added text;
CREATE TABLE early (id integer PRIMARY KEY, late_id integer REFERENCES late (id), kind later.kinds);
COMMENT ON TABLE late IS 'Declared in another file';
