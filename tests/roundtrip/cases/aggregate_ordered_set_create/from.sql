CREATE TABLE scores (id integer PRIMARY KEY, player text NOT NULL, score double precision);
