CREATE TABLE late (id integer PRIMARY KEY, early_id integer REFERENCES early);
CREATE TYPE later.kinds AS ENUM ('x');
