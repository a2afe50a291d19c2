-- Foreign keys that PostgreSQL would refuse.
CREATE TABLE parent (id integer, code text, other text, UNIQUE (code));
CREATE TABLE child1 (parent_id integer REFERENCES parent);
CREATE TABLE child2 (parent_code text REFERENCES parent (other));
CREATE TABLE child3 (a integer, b integer, FOREIGN KEY (a, b) REFERENCES parent (code));
CREATE TABLE child4 (a text, FOREIGN KEY (a) REFERENCES parent (code) ON DELETE SET NULL (b));
