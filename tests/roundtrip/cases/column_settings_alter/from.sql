CREATE TABLE docs (
  id integer PRIMARY KEY,
  title text,
  body text COMPRESSION pglz,
  payload jsonb,
  score integer
);
ALTER TABLE ONLY docs ALTER COLUMN title SET STORAGE MAIN;
ALTER TABLE ONLY docs ALTER COLUMN score SET STATISTICS 500;
