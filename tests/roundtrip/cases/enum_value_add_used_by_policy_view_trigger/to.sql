-- New values that a policy, a view, a trigger's WHEN and a domain's check use: PostgreSQL refuses
-- to use a value in the transaction that adds it, so the type is created again with them.
CREATE TYPE mood AS ENUM ('calm', 'angry', 'glad', 'sad', 'meh', 'wary');
CREATE TABLE people (id integer PRIMARY KEY, feeling mood);
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
CREATE POLICY not_sad ON people USING (feeling <> 'sad');
CREATE VIEW glad_people AS SELECT id FROM people WHERE feeling = 'glad';
CREATE FUNCTION noted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER meh_noted BEFORE UPDATE ON people FOR EACH ROW WHEN (NEW.feeling = 'meh')
  EXECUTE FUNCTION noted();
CREATE DOMAIN not_wary AS mood CHECK (VALUE <> 'wary');
