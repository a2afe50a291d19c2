-- The statements CREATE SCHEMA holds create their objects in the new schema, and read names
-- with it first on the search_path: person is app.person, not public.person.
CREATE TABLE public.person (x int);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE SCHEMA app AUTHORIZATION CURRENT_USER
  -- each statement keeps its comments
  CREATE TABLE person (id int PRIMARY KEY, name text DEFAULT 'none', kind text)
  CREATE VIEW adults AS SELECT id, name AS create FROM person WHERE kind = 'adult'
  CREATE INDEX person_name ON person (name) WHERE name <> 'none'
  CREATE SEQUENCE counter
  GRANT SELECT ON person, adults TO app_user WITH GRANT OPTION
  CREATE TRIGGER person_touch BEFORE UPDATE ON person FOR EACH ROW EXECUTE FUNCTION touch()
  CREATE TABLE pet (id int, owner int REFERENCES person);
