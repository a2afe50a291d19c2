CREATE TEXT SEARCH CONFIGURATION plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION plain ADD MAPPING FOR asciiword WITH english_stem;
CREATE TABLE docs (
  id int PRIMARY KEY,
  body text,
  words tsvector GENERATED ALWAYS AS (to_tsvector('plain', coalesce(body, ''))) STORED
);
