--
-- The forms pg_dump writes: settings, plpgsql (which older versions create), ALTER TABLE ONLY,
-- ownership, identity added later.
--
\restrict AbCdEf0123456789

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET default_tablespace = '';
SET default_table_access_method = heap;

CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;
COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';

CREATE SCHEMA app;
ALTER SCHEMA app OWNER TO postgres;

CREATE TYPE app.kind AS ENUM (
    'a',
    'b'
);
ALTER TYPE app.kind OWNER TO postgres;

CREATE TABLE app.things (
    id integer NOT NULL,
    kind app.kind DEFAULT 'a'::app.kind NOT NULL,
    serial_id integer NOT NULL,
    parent_id integer
);
ALTER TABLE app.things OWNER TO postgres;

ALTER TABLE app.things ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.things_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE SEQUENCE app.things_serial_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE app.things_serial_id_seq OWNER TO postgres;
ALTER SEQUENCE app.things_serial_id_seq OWNED BY app.things.serial_id;
ALTER TABLE ONLY app.things ALTER COLUMN serial_id SET DEFAULT nextval('app.things_serial_id_seq'::regclass);

ALTER TABLE ONLY app.things
    ADD CONSTRAINT things_pkey PRIMARY KEY (id);
CREATE INDEX things_kind_idx ON app.things USING btree (kind);
ALTER TABLE ONLY app.things
    ADD CONSTRAINT things_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES app.things(id);

\unrestrict AbCdEf0123456789
