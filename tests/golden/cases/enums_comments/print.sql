-- schemas
CREATE SCHEMA app;

-- types
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE public.empty_enum AS ENUM ();

-- sequences
CREATE SEQUENCE app.tickets AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- tables
CREATE TABLE app.people (
    id integer NOT NULL,
    mood app.mood DEFAULT 'ok' NOT NULL,
    nick text,
    CONSTRAINT nick_not_blank CHECK (nick <> ''),
    CONSTRAINT people_pk PRIMARY KEY (id)
);

-- indexes
CREATE INDEX people_mood_idx ON app.people USING btree (mood);

-- comments
COMMENT ON SCHEMA app IS 'Application objects';
COMMENT ON SCHEMA public IS 'The default schema';
COMMENT ON TYPE app.mood IS 'How someone feels';
COMMENT ON SEQUENCE app.tickets IS 'Ticket numbers';
COMMENT ON TABLE app.people IS E'People, with ''quotes'' and a backslash \\ inside';
COMMENT ON COLUMN app.people.mood IS 'Multi
line';
COMMENT ON CONSTRAINT nick_not_blank ON app.people IS 'No empty nicknames';
COMMENT ON INDEX app.people_pk IS 'The key index';
COMMENT ON INDEX app.people_mood_idx IS 'By mood';
