-- schemac:renamed-from german
CREATE COLLATION de (provider = icu, locale = 'de-DE');
CREATE TABLE t (name text COLLATE de);
