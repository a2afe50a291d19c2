-- ALTER TABLE ... INHERIT and NO INHERIT as statements of their own: joined starts inheriting
-- (it has the parent's column and check), leaving stops and keeps them as its own.
CREATE TABLE parent (id int NOT NULL, CHECK (id > 0));
CREATE TABLE joined (id int NOT NULL, extra text, CONSTRAINT parent_id_check CHECK (id > 0));
ALTER TABLE joined INHERIT parent;
CREATE TABLE leaving () INHERITS (parent);
ALTER TABLE leaving NO INHERIT parent;
