CREATE TABLE parent (id int NOT NULL, CHECK (id > 0));
CREATE TABLE joined (id int NOT NULL, extra text, CONSTRAINT parent_id_check CHECK (id > 0));
CREATE TABLE leaving () INHERITS (parent);
