CREATE SCHEMA geo;
CREATE TABLE geo.points (x integer NOT NULL, y integer NOT NULL);
