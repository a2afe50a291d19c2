CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE TABLE t (name text COLLATE german);
