CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TYPE point2 AS (x integer, y integer);
CREATE TABLE t (
  m mood DEFAULT 'happy',
  moods mood[],
  p positive,
  at point2
);
CREATE FUNCTION cheer(m mood) RETURNS mood LANGUAGE sql AS $$ SELECT 'happy'::mood $$;
