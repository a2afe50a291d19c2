-- Enum types and comments on every kind of object.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE empty_enum AS ENUM ();
CREATE SEQUENCE app.tickets;
CREATE TABLE app.people (
    id integer CONSTRAINT people_pk PRIMARY KEY,
    mood app.mood NOT NULL DEFAULT 'ok',
    nick text CONSTRAINT nick_not_blank CHECK (nick <> '')
);
CREATE INDEX people_mood_idx ON app.people (mood);
COMMENT ON SCHEMA app IS 'Application objects';
COMMENT ON SCHEMA public IS 'The default schema';
COMMENT ON TYPE app.mood IS 'How someone feels';
COMMENT ON SEQUENCE app.tickets IS 'Ticket numbers';
COMMENT ON TABLE app.people IS 'People, with ''quotes'' and a backslash \ inside';
COMMENT ON COLUMN app.people.mood IS E'Multi\nline';
COMMENT ON INDEX app.people_mood_idx IS 'By mood';
COMMENT ON INDEX app.people_pk IS 'The key index';
COMMENT ON CONSTRAINT nick_not_blank ON app.people IS 'No empty nicknames';
COMMENT ON COLUMN app.people.nick IS NULL;
