-- schemac:renamed-from mood
CREATE TYPE feeling AS ENUM ('happy', 'sad');
-- schemac:renamed-from positive
CREATE DOMAIN above_zero AS integer CHECK (VALUE > 0);
-- schemac:renamed-from point2
CREATE TYPE coordinates AS (x integer, y integer);
CREATE TABLE t (
  m feeling DEFAULT 'happy',
  moods feeling[],
  p above_zero,
  at coordinates
);
CREATE FUNCTION cheer(m feeling) RETURNS feeling LANGUAGE sql AS $$ SELECT 'happy'::feeling $$;
