-- schemas
CREATE SCHEMA app;

-- types
CREATE TYPE app.kind AS ENUM ('a', 'b');

-- sequences
CREATE SEQUENCE app.things_serial_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- tables
CREATE TABLE app.things (
    id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.things_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE) NOT NULL,
    kind app.kind DEFAULT 'a' NOT NULL,
    serial_id integer DEFAULT nextval('app.things_serial_id_seq') NOT NULL,
    parent_id integer,
    CONSTRAINT things_pkey PRIMARY KEY (id)
);

-- indexes
CREATE INDEX things_kind_idx ON app.things USING btree (kind);

-- constraints added after their tables
ALTER TABLE app.things ADD CONSTRAINT things_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES app.things(id);

-- sequence ownership
ALTER SEQUENCE app.things_serial_id_seq OWNED BY app.things.serial_id;
