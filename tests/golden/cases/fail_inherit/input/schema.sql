-- ALTER TABLE ... INHERIT and NO INHERIT that PostgreSQL refuses.
CREATE TABLE parent (id int NOT NULL, note text, CHECK (id > 0));
CREATE TABLE lacks_column (id int NOT NULL, CONSTRAINT parent_id_check CHECK (id > 0));
ALTER TABLE lacks_column INHERIT parent;
CREATE TABLE other_type (id bigint NOT NULL, note text, CONSTRAINT parent_id_check CHECK (id > 0));
ALTER TABLE other_type INHERIT parent;
CREATE TABLE nullable (id int, note text, CONSTRAINT parent_id_check CHECK (id > 0));
ALTER TABLE nullable INHERIT parent;
CREATE TABLE lacks_check (id int NOT NULL, note text);
ALTER TABLE lacks_check INHERIT parent;
CREATE TABLE child () INHERITS (parent);
ALTER TABLE child INHERIT parent;
ALTER TABLE parent INHERIT child;
ALTER TABLE parent INHERIT parent;
ALTER TABLE lacks_check NO INHERIT parent;
ALTER TABLE child INHERIT missing;
CREATE TABLE keyed (id int NOT NULL) PARTITION BY LIST (id);
ALTER TABLE lacks_check INHERIT keyed;
ALTER TABLE keyed INHERIT parent;
