CREATE TYPE mood AS ENUM ('calm', 'angry');
CREATE TABLE people (id integer PRIMARY KEY, feeling mood);
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION noted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
